import { useTranslation } from 'react-i18next';
import { UPGRADE_MARGIN_POINTS, type UpgradeCandidate } from '../../../../shared/domain/workspace/dashboard';
import type { Product } from '../../../../shared/domain/workspace/product.schema';
import { STAR_BANDS } from '../../../../shared/domain/scoring/star-band';
import { DASHBOARD_ROWS } from '../../db/dashboard.repository';
import { CardEmpty, DashboardCard, StarGlyphs } from './DashboardCard';
import { ProductLink } from './ProductLink';
import { useDashboardFormat } from './useDashboardFormat';

const bandMin = (stars: number) => STAR_BANDS.find((band) => band.stars === stars)?.min ?? 0;

/** Products worth proposing for an upgrade, with the rule in words and each product's reason. */
export function UpgradesCard({
  rows,
  products,
}: {
  rows: readonly UpgradeCandidate[];
  products: ReadonlyMap<string, Product>;
}) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const rule = t('dashboard.upgrades.rule', {
    low: 3,
    high: 4,
    margin: UPGRADE_MARGIN_POINTS,
    lowFrom: bandMin(4) - UPGRADE_MARGIN_POINTS,
    highFrom: bandMin(5) - UPGRADE_MARGIN_POINTS,
  });
  return (
    <DashboardCard title={t('dashboard.upgrades.title')} count={rows.length} className="dash-upgrades">
      <p className="dash-note">{rule}</p>
      {rows.length === 0 ? (
        <CardEmpty text={t('dashboard.upgrades.none')} />
      ) : (
        <ul className="upgrade-list">
          {rows.slice(0, DASHBOARD_ROWS).map((row) => {
            const params = {
              stars: row.certificate.stars,
              score: format.mean(row.certificate.score),
              next: row.nextStars,
              min: row.nextBandMin,
              gap: format.points(row.gap),
            };
            return (
              <li key={row.certificate.id} className="upgrade">
                <div className="upgrade-head">
                  <ProductLink id={row.certificate.productId} product={products.get(row.certificate.productId)} />
                  <span className="upgrade-stars">
                    <StarGlyphs stars={row.certificate.stars} label={t('stars', { count: row.certificate.stars })} />
                    <span aria-hidden="true">→</span>
                    <StarGlyphs stars={row.nextStars} label={t('stars', { count: row.nextStars })} />
                  </span>
                </div>
                <p className="upgrade-reason">
                  {t(row.gap > 0 ? 'dashboard.upgrades.reason' : 'dashboard.upgrades.reasonReached', params)}{' '}
                  <span className="muted">
                    {t('dashboard.upgrades.validUntil', { date: format.date(row.certificate.validUntil) })}
                  </span>
                </p>
              </li>
            );
          })}
          {rows.length > DASHBOARD_ROWS ? (
            <li className="more-row">{t('dashboard.more', { count: rows.length - DASHBOARD_ROWS })}</li>
          ) : null}
        </ul>
      )}
    </DashboardCard>
  );
}
