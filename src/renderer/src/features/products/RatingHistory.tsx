import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import { useWorkspace } from '../../app/workspace-context';
import type { CertificateEntry } from '../../db/certificates.repository';
import { registerFacts } from './certificate-register';
import { useProductsSetup } from './products-setup';
import { Stars } from './Stars';
import { CertificateStatusPill } from './StatusPills';
import { useProductsFormat } from './useProductsFormat';

/** A product's certificates, newest first: stars, decision, validity and status, replaced and revoked marked. */
export function RatingHistory({ entries }: { entries: readonly CertificateEntry[] }) {
  const { t } = useTranslation();
  const { today } = useWorkspace();
  const { profile } = useProductsSetup();
  const format = useProductsFormat();
  if (entries.length === 0) return <p className="list-empty">{t('products.item.noRatings')}</p>;
  return (
    <ol className="rating-history" aria-label={t('products.item.ratingsLabel')}>
      {entries.map((entry) => {
        const { certificate, revocation } = entry;
        const facts = registerFacts(entry, today, profile);
        return (
          <li key={certificate.id} className={`rating ${facts.status}`}>
            <div className="rating-stars">
              <Stars count={certificate.stars} />
            </div>
            <div className="rating-body">
              <a href={hrefOf('products', 'certificates', certificate.id)} className="rating-title">
                {t('products.certificate.title', { number: certificate.certificateNumber })}
              </a>
              <div className="muted">
                {t('products.certificate.decisionLine', {
                  number: certificate.decisionNumber,
                  date: format.date(certificate.decisionDate),
                })}
                {' · '}
                {t('products.certificate.validUntilLine', { date: format.date(certificate.validUntil) })}
              </div>
              {revocation ? (
                <div className="rating-note bad">
                  {t('products.certificate.groundLine', {
                    ground: revocation.ground,
                    name: format.ground(revocation.ground),
                  })}
                </div>
              ) : null}
            </div>
            <CertificateStatusPill status={facts.status} />
          </li>
        );
      })}
    </ol>
  );
}
