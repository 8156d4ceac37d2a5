import { useTranslation } from 'react-i18next';
import type { WaitingDossier } from '../../../../shared/domain/workspace/dashboard';
import type { Product } from '../../../../shared/domain/workspace/product.schema';
import { hrefOf } from '../../app/routes';
import { DASHBOARD_ROWS } from '../../db/dashboard.repository';
import { CardEmpty, DashboardCard } from './DashboardCard';
import { ProductLink } from './ProductLink';
import { useDashboardFormat } from './useDashboardFormat';

/** Dossiers waiting for the helper group's pre-check or returned to the producer, longest waiting first. */
export function WaitingCard({
  rows,
  products,
}: {
  rows: readonly WaitingDossier[];
  products: ReadonlyMap<string, Product>;
}) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  return (
    <DashboardCard title={t('dashboard.waiting.title')} count={rows.length} className="dash-waiting">
      {rows.length === 0 ? (
        <CardEmpty text={t('dashboard.waiting.none')} />
      ) : (
        <div className="table-wrap">
          <table className="data-table dash-table" aria-label={t('dashboard.waiting.title')}>
            <thead>
              <tr>
                <th>{t('dashboard.waiting.columns.product')}</th>
                <th>{t('dashboard.waiting.columns.attempt')}</th>
                <th>{t('dashboard.waiting.columns.status')}</th>
                <th className="number">{t('dashboard.waiting.columns.days')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, DASHBOARD_ROWS).map((row) => (
                <tr key={row.dossier.id}>
                  <td>
                    <ProductLink
                      id={row.dossier.productId}
                      product={products.get(row.dossier.productId)}
                      href={hrefOf('products', 'dossiers', row.dossier.id)}
                    />
                  </td>
                  <td>{t(`dashboard.attempt.${row.dossier.attempt}`)}</td>
                  <td>
                    <span className={`pill ${row.kind === 'returned' ? 'warn' : 'info'}`}>
                      {t(`dashboard.waiting.${row.kind}`)}
                    </span>
                    <span className="when-detail">
                      {t('dashboard.waiting.since', { date: format.date(row.since) })}
                    </span>
                  </td>
                  <td className="number nowrap">
                    <strong>{t('dashboard.waiting.days', { count: row.days })}</strong>
                  </td>
                </tr>
              ))}
              {rows.length > DASHBOARD_ROWS ? (
                <tr className="more-row">
                  <td colSpan={4}>{t('dashboard.more', { count: rows.length - DASHBOARD_ROWS })}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}
      <p className="dash-card-foot">
        <a href={hrefOf('products', 'dossiers')}>{t('dashboard.waiting.register')}</a>
      </p>
    </DashboardCard>
  );
}
