import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dossierStatus } from '../../../../shared/domain/workspace/dossier.schema';
import { evidenceItemsFor } from '../../../../shared/domain/workspace/evidence-items';
import { hrefOf } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { DossierForm } from './DossierForm';
import { DossierTimeline } from './DossierTimeline';
import { Facts } from './Facts';
import { LoadFailed } from './LoadFailed';
import { PrecheckDialog } from './PrecheckDialog';
import { Stars } from './Stars';
import { DossierStatusPill } from './StatusPills';
import { useProductsFormat } from './useProductsFormat';

const FORMS = ['mau01', 'mau02', 'mau03'] as const;

/** One dossier: what was received, its pre-check, its history as a timeline, and the council's result. */
export function DossierDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const format = useProductsFormat();
  const [dialog, setDialog] = useState<'edit' | 'precheck' | null>(null);
  const loaded = useLoad(async () => {
    const dossier = await repositories.dossiers.get(id);
    const [product, rounds] = await Promise.all([
      dossier ? repositories.products.get(dossier.productId) : null,
      dossier ? repositories.rounds.list(dossier.year) : [],
    ]);
    return { dossier, product, round: rounds.find((r) => r.id === dossier?.roundId) ?? null };
  }, [repositories, revision, id]);

  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} />;
  if (loaded.state === 'loading') return <p>{t('products.loading')}</p>;
  const { dossier, product, round } = loaded.value;
  if (!dossier) return <Notice tone="warning" title={t('products.notFound')} />;
  const status = dossierStatus(dossier);
  const evaluated = dossier.evaluation !== null;
  const canPrecheck = !evaluated && status !== 'disqualified';
  const productName = product?.name ?? t('products.empty');
  const close = () => setDialog(null);
  const evidence = product ? evidenceItemsFor(product.productSet) : [];
  const { required, received } = dossier.samples;
  return (
    <article className="detail">
      <a className="back-link" href={hrefOf('products', 'dossiers')}>
        {t('products.dossier.back')}
      </a>
      <div className="detail-head">
        <div>
          <h2>{t('products.dossier.title', { year: dossier.year, product: productName })}</h2>
          <p>
            <DossierStatusPill status={status} />{' '}
            <span className="muted">{t(`products.attempt.${dossier.attempt}`)}</span>
          </p>
        </div>
        <div className="page-actions">
          {!evaluated ? (
            <button type="button" className="button secondary" onClick={() => setDialog('edit')}>
              {t('products.dossier.edit')}
            </button>
          ) : null}
          {canPrecheck ? (
            <button type="button" className="button" onClick={() => setDialog('precheck')}>
              {t('products.dossier.precheckNow')}
            </button>
          ) : null}
        </div>
      </div>
      {evaluated ? <p className="field-hint">{t('products.dossier.evaluatedLocked')}</p> : null}
      <div className="detail-columns">
        <section className="card">
          <h3>{t('products.dossier.received')}</h3>
          <Facts
            items={[
              [
                t('products.dossier.fields.productId'),
                product ? <a href={hrefOf('products', 'item', product.id)}>{product.name}</a> : productName,
              ],
              [t('products.item.fields.code'), product?.code || t('products.empty')],
              [t('products.dossier.fields.receivedOn'), format.date(dossier.receivedOn)],
              [
                t('products.dossier.fields.roundId'),
                round
                  ? t('products.dossier.roundOption', { number: round.number, deadline: format.date(round.deadline) })
                  : t('products.dossier.noRound'),
              ],
              [
                t('products.dossier.fields.samples'),
                required === 0
                  ? t('products.dossier.noSamples')
                  : t('products.dossier.samplesCount', { received, required }),
              ],
            ]}
          />
          <h4>{t('products.dossier.fields.forms')}</h4>
          <ul className="checklist">
            {FORMS.map((form) => (
              <li key={form} className={dossier.forms[form] ? 'have' : 'missing'}>
                {t(`products.forms.${form}`)}
                <span className="visually-hidden">: {dossier.forms[form] ? t('products.yes') : t('products.no')}</span>
              </li>
            ))}
          </ul>
          <h4>{t('products.dossier.fields.evidence')}</h4>
          <ul className="checklist">
            {evidence.map((item) => {
              const have = dossier.evidence.includes(item.id);
              return (
                <li key={item.id} className={have ? 'have' : 'missing'}>
                  {t(`products.evidence.${item.id}`)}
                  <span className="visually-hidden">: {have ? t('products.yes') : t('products.no')}</span>
                </li>
              );
            })}
          </ul>
        </section>
        <div>
          <section className="card">
            <h3>{t('products.dossier.precheckResult')}</h3>
            {dossier.precheck.outcome === 'pending' ? (
              <p className="muted">{t('products.dossier.notPrechecked')}</p>
            ) : (
              <>
                <p>
                  <strong>{t(`products.precheck.outcomes.${dossier.precheck.outcome}`)}</strong>
                  {' · '}
                  {format.date(dossier.precheck.on)}
                </p>
                {dossier.precheck.notes ? <p className="prewrap">{dossier.precheck.notes}</p> : null}
              </>
            )}
          </section>
          {dossier.evaluation ? (
            <section className="card">
              <h3>{t('products.dossier.evaluation')}</h3>
              <p>
                <Stars count={dossier.evaluation.stars} />{' '}
                {t('products.dossier.evaluationLine', {
                  mean: format.mean(dossier.evaluation.mean),
                  stars: dossier.evaluation.stars,
                  date: format.date(dossier.evaluation.on),
                })}
              </p>
            </section>
          ) : null}
          <section className="card">
            <h3>{t('products.dossier.history')}</h3>
            <DossierTimeline history={dossier.history} />
          </section>
        </div>
      </div>
      {dialog === 'edit' ? <DossierForm dossier={dossier} onClose={close} onSaved={close} /> : null}
      {dialog === 'precheck' ? (
        <PrecheckDialog dossier={dossier} productName={productName} onClose={close} onSaved={close} />
      ) : null}
    </article>
  );
}
