import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, navigate } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { registerFacts } from './certificate-register';
import { CertificateForm } from './CertificateForm';
import { ExpiryNote } from './ExpiryNote';
import { Facts } from './Facts';
import { LoadFailed } from './LoadFailed';
import { useProductsSetup } from './products-setup';
import { RatingHistory } from './RatingHistory';
import { ReEvaluationDialog } from './ReEvaluationDialog';
import { RevokeDialog } from './RevokeDialog';
import { Stars } from './Stars';
import { CertificateStatusPill } from './StatusPills';
import { useProductsFormat } from './useProductsFormat';

/**
 * One certificate: its facts and status today; correct it (a new record), note a re-evaluation
 * application, or revoke it. Nothing here edits the certificate's legal content in place.
 */
export function CertificateDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { repositories, revision, today } = useWorkspace();
  const { profile } = useProductsSetup();
  const format = useProductsFormat();
  const [dialog, setDialog] = useState<'correct' | 'apply' | 'revoke' | null>(null);
  const loaded = useLoad(async () => {
    const entries = await repositories.certificates.entries();
    const entry = entries.find((e) => e.certificate.id === id) ?? null;
    const product = entry ? await repositories.products.get(entry.certificate.productId) : null;
    const siblings = entry ? entries.filter((e) => e.certificate.productId === entry.certificate.productId) : [];
    return { entry, product, siblings };
  }, [repositories, revision, id]);

  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} />;
  if (loaded.state === 'loading') return <p>{t('products.loading')}</p>;
  const { entry, product, siblings } = loaded.value;
  if (!entry) return <Notice tone="warning" title={t('products.notFound')} />;
  const { certificate, revocation, replacedBy } = entry;
  const facts = registerFacts(entry, today, profile);
  const live = replacedBy === null && revocation === null;
  const productName = product?.name ?? t('products.empty');
  const close = () => setDialog(null);
  return (
    <article className="detail">
      <a className="back-link" href={hrefOf('products', 'certificates')}>
        {t('products.certificate.back')}
      </a>
      <div className="detail-head">
        <div>
          <h2>{t('products.certificate.title', { number: certificate.certificateNumber })}</h2>
          <p>
            <Stars count={certificate.stars} /> <CertificateStatusPill status={facts.status} />
          </p>
        </div>
        {live ? (
          <div className="page-actions">
            <button type="button" className="button secondary" onClick={() => setDialog('correct')}>
              {t('products.certificate.correct')}
            </button>
            {certificate.reEvaluationAppliedOn === null ? (
              <button type="button" className="button secondary" onClick={() => setDialog('apply')}>
                {t('products.certificate.apply')}
              </button>
            ) : null}
            <button type="button" className="button danger" onClick={() => setDialog('revoke')}>
              {t('products.certificate.revoke')}
            </button>
          </div>
        ) : null}
      </div>
      {replacedBy ? (
        <Notice tone="warning" title={t('products.certificate.replacedBy')}>
          <p>
            <a href={hrefOf('products', 'certificates', replacedBy)}>{t('products.certificate.openReplacement')}</a>
          </p>
        </Notice>
      ) : null}
      {revocation ? (
        <Notice tone="error" title={t('products.certificate.revocation')}>
          <p>
            {t('products.certificate.groundLine', {
              ground: revocation.ground,
              name: format.ground(revocation.ground),
            })}
          </p>
          <p>
            {t('products.certificate.revocationLine', {
              number: revocation.decisionNumber,
              date: format.date(revocation.date),
            })}
          </p>
          {revocation.note ? <p className="prewrap">{revocation.note}</p> : null}
        </Notice>
      ) : null}
      <section className="card">
        <Facts
          items={[
            [
              t('products.certificate.fields.productId'),
              product ? (
                <a href={hrefOf('products', 'item', product.id)}>
                  {product.name}
                  {product.code ? ` (${product.code})` : ''}
                </a>
              ) : (
                productName
              ),
            ],
            [t('products.certificate.fields.stars'), t('stars', { count: certificate.stars })],
            [
              t('products.certificate.fields.score'),
              certificate.score === null ? t('products.empty') : format.mean(certificate.score),
            ],
            [
              t('products.certificate.fields.decisionNumber'),
              t('products.certificate.decisionLine', {
                number: certificate.decisionNumber,
                date: format.date(certificate.decisionDate),
              }),
            ],
            [t('products.certificate.fields.issuer'), certificate.issuer],
            [t('products.certificate.fields.certificateNumber'), certificate.certificateNumber],
            [
              t('products.certificate.fields.validUntil'),
              <>
                {format.date(certificate.validUntil)}
                {facts.daysToExpiry !== null ? (
                  <span className="muted">
                    {' · '}
                    {facts.daysToExpiry >= 0
                      ? t('products.certificate.daysLeft', { count: facts.daysToExpiry })
                      : t('products.certificate.daysOver', { count: -facts.daysToExpiry })}
                  </span>
                ) : null}
                <ExpiryNote entry={entry} facts={facts} />
              </>,
            ],
            [
              t('products.certificate.applied'),
              certificate.reEvaluationAppliedOn
                ? t('products.certificate.appliedOn', { date: format.date(certificate.reEvaluationAppliedOn) })
                : t('products.certificate.notApplied'),
            ],
            ...(certificate.replaces
              ? [
                  [
                    t('products.certificate.replaces'),
                    <a key="replaces" href={hrefOf('products', 'certificates', certificate.replaces)}>
                      {t('products.certificate.openReplaced')}
                    </a>,
                  ] as const,
                ]
              : []),
            ...(certificate.note ? [[t('products.certificate.fields.note'), certificate.note] as const] : []),
          ]}
        />
      </section>
      {siblings.length > 1 ? (
        <>
          <h3 className="section-title">{t('products.certificate.history')}</h3>
          <RatingHistory entries={siblings} />
        </>
      ) : null}
      {dialog === 'correct' ? (
        <CertificateForm
          replacing={certificate}
          onClose={close}
          onSaved={(c) => navigate('products', 'certificates', c.id)}
        />
      ) : null}
      {dialog === 'apply' ? (
        <ReEvaluationDialog certificate={certificate} productName={productName} onClose={close} onSaved={close} />
      ) : null}
      {dialog === 'revoke' ? <RevokeDialog certificate={certificate} onClose={close} onSaved={close} /> : null}
    </article>
  );
}
