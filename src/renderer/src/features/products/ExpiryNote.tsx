import { useTranslation } from 'react-i18next';
import type { CertificateEntry } from '../../db/certificates.repository';
import type { RegisterFacts } from './certificate-register';
import { useProductsFormat } from './useProductsFormat';

/** Under a status, what it means in dates: the re-evaluation window, the grace end, or the revocation. */
export function ExpiryNote({ entry, facts }: { entry: CertificateEntry; facts: RegisterFacts }) {
  const { t } = useTranslation();
  const format = useProductsFormat();
  switch (facts.status) {
    case 're-evaluation-window':
      return (
        <div className="cell-sub">
          {t('products.certificate.windowLine', {
            opens: format.date(facts.window.opens),
            closes: format.date(facts.window.closes),
          })}
        </div>
      );
    case 'grace':
      return (
        <div className="cell-sub">{t('products.certificate.graceLine', { date: format.date(facts.graceEnds) })}</div>
      );
    case 'revoked':
      return entry.revocation ? (
        <div className="cell-sub">
          {t('products.certificate.groundLine', {
            ground: entry.revocation.ground,
            name: format.ground(entry.revocation.ground),
          })}
        </div>
      ) : null;
    default:
      return null;
  }
}
