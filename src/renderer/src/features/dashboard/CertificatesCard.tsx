import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTENTION_KINDS,
  type AttentionKind,
  type CertificateAttention,
} from '../../../../shared/domain/workspace/dashboard';
import type { Product } from '../../../../shared/domain/workspace/product.schema';
import { hrefOf } from '../../app/routes';
import { DASHBOARD_ROWS } from '../../db/dashboard.repository';
import { CardEmpty, DashboardCard, StarGlyphs } from './DashboardCard';
import { ProductLink } from './ProductLink';
import { useDashboardFormat } from './useDashboardFormat';

const TONE: Readonly<Record<AttentionKind, 'bad' | 'warn' | 'info'>> = {
  expired: 'bad',
  grace: 'warn',
  expiring: 'warn',
  're-evaluation-window': 'warn',
  'window-opens': 'info',
};

function When({ row }: { row: CertificateAttention }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const days = row.daysToExpiry;
  const main =
    days < 0
      ? t('dashboard.certificates.expiredFor', { count: -days })
      : days === 0
        ? t('dashboard.certificates.expiresToday')
        : t('dashboard.certificates.daysLeft', { count: days });
  const detail =
    row.kind === 'grace' && row.graceEnds
      ? t('dashboard.certificates.graceUntil', { date: format.date(row.graceEnds) })
      : row.kind === 're-evaluation-window' && row.window
        ? t('dashboard.certificates.windowCloses', { date: format.date(row.window.closes) })
        : row.kind === 'window-opens' && row.window
          ? t('dashboard.certificates.windowOpens', { date: format.date(row.window.opens) })
          : null;
  return (
    <>
      <strong className="when-main">{main}</strong>
      {detail ? <span className="when-detail">{detail}</span> : null}
    </>
  );
}

function Row({ row, product }: { row: CertificateAttention; product: Product | undefined }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const dossier = row.reEvaluation;
  return (
    <tr>
      <td>
        <ProductLink id={row.certificate.productId} product={product} />
      </td>
      <td>
        <StarGlyphs stars={row.certificate.stars} label={t('stars', { count: row.certificate.stars })} />
      </td>
      <td className="nowrap">{format.date(row.certificate.validUntil)}</td>
      <td className="when">
        <When row={row} />
      </td>
      <td>
        {dossier ? (
          <a href={hrefOf('products', 'dossiers', dossier.id)}>
            {t('dashboard.certificates.dossier', {
              date: format.date(dossier.receivedOn),
              status: t(`dashboard.dossierStatus.${dossier.status}`),
            })}
          </a>
        ) : (
          <span className="muted">{t('dashboard.certificates.noDossier')}</span>
        )}
      </td>
    </tr>
  );
}

/**
 * The certificates that need attention today, grouped by urgency: expired and due for re-evaluation,
 * in grace, expiring, in the re-evaluation window, window opening soon. Big counts on top.
 */
export function CertificatesCard({
  rows,
  products,
}: {
  rows: readonly CertificateAttention[];
  products: ReadonlyMap<string, Product>;
}) {
  const { t } = useTranslation();
  const groups = ATTENTION_KINDS.map((kind) => ({ kind, rows: rows.filter((row) => row.kind === kind) })).filter(
    (group) => group.rows.length > 0,
  );
  return (
    <DashboardCard title={t('dashboard.certificates.title')} count={rows.length} className="dash-certificates">
      <p className="dash-note">{t('dashboard.certificates.intro')}</p>
      {groups.length === 0 ? (
        <CardEmpty text={t('dashboard.certificates.none')} />
      ) : (
        <>
          <ul className="attention-tiles">
            {groups.map((group) => (
              <li key={group.kind} className={`attention-tile ${TONE[group.kind]}`}>
                <strong>{group.rows.length}</strong>
                <span>{t(`dashboard.certificates.kind.${group.kind}`)}</span>
              </li>
            ))}
          </ul>
          <div className="table-wrap">
            <table className="data-table dash-table" aria-label={t('dashboard.certificates.title')}>
              <thead>
                <tr>
                  <th>{t('dashboard.certificates.columns.product')}</th>
                  <th>{t('dashboard.certificates.columns.stars')}</th>
                  <th>{t('dashboard.certificates.columns.validUntil')}</th>
                  <th>{t('dashboard.certificates.columns.when')}</th>
                  <th>{t('dashboard.certificates.columns.dossier')}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((group) => (
                  <Fragment key={group.kind}>
                    <tr className={`group-row ${TONE[group.kind]}`}>
                      <th colSpan={5} scope="rowgroup">
                        {t(`dashboard.certificates.kind.${group.kind}`)} ({group.rows.length})
                      </th>
                    </tr>
                    {group.rows.slice(0, DASHBOARD_ROWS).map((row) => (
                      <Row key={row.certificate.id} row={row} product={products.get(row.certificate.productId)} />
                    ))}
                    {group.rows.length > DASHBOARD_ROWS ? (
                      <tr className="more-row">
                        <td colSpan={5}>{t('dashboard.more', { count: group.rows.length - DASHBOARD_ROWS })}</td>
                      </tr>
                    ) : null}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="dash-card-foot">
        <a href={hrefOf('products', 'certificates')}>{t('dashboard.certificates.register')}</a>
      </p>
    </DashboardCard>
  );
}
