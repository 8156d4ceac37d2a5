import { useTranslation } from 'react-i18next';
import type { PartId } from '../../../../../shared/domain/rubric/rubric-pack.schema';
import type { ProductStatus } from '../../../../../shared/domain/scoring/compute-results';
import { formatMean, formatNumber } from '../../../../../shared/i18n/format';
import type { ProductView } from './results-view';
import { useTranslate } from './use-translate';

const PARTS: readonly PartId[] = ['A', 'B', 'C'];

/** The tone of a status pill: a proposal to recognise is good, an unsettled product needs attention. */
export function statusTone(status: ProductStatus): 'good' | 'warn' | 'bad' | 'neutral' {
  if (status === 'recognise' || status === 'forward-province' || status === 'forward-central') return 'good';
  if (status === 'rescore' || status === 'incomplete') return 'warn';
  if (status === 'no-quorum' || status === 'disqualified') return 'bad';
  return 'neutral';
}

/** The id of a product's explanation of its lowered stars (the summary's link scrolls to it). */
export function gateAnchor(productId: string): string {
  return `results-gate-${productId}`;
}

function scrollToGate(productId: string): void {
  const target = document.getElementById(gateAnchor(productId));
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

/**
 * One row per product: round, part means, mean (two decimals, decimal comma, never rounded across a band
 * edge), spread and its flag, band and gated stars, and the status in words. Each row carries the raw
 * figures (`data-result`, `data-mean`, …) so a test can compare them with the CLI's JSON exactly.
 */
export function ResultsSummary({ products, threshold }: { products: readonly ProductView[]; threshold: number }) {
  const { t } = useTranslation();
  const { language } = useTranslate();
  const number = (value: number) => formatNumber(value, language);
  const none = t('sessions.results.summary.none');
  return (
    <section className="results-section">
      <h2 className="section-title">{t('sessions.results.summary.title')}</h2>
      <div className="table-wrap">
        <table className="data-table results-summary" aria-label={t('sessions.results.summary.label')}>
          <thead>
            <tr>
              <th className="number">{t('sessions.results.summary.no')}</th>
              <th>{t('sessions.results.summary.product')}</th>
              <th className="number">{t('sessions.results.summary.round')}</th>
              {PARTS.map((part) => (
                <th
                  key={part}
                  className="number"
                  title={t('sessions.results.summary.partTitle', {
                    part,
                    name: t(`part.${part}`),
                    max: products.find((p) => p.partMax)?.partMax?.[part] ?? '',
                  })}
                >
                  {t('sessions.results.summary.part', { part })}
                </th>
              ))}
              <th className="number">{t('sessions.results.summary.mean')}</th>
              <th className="number">{t('sessions.results.summary.spread')}</th>
              <th>{t('sessions.results.summary.band')}</th>
              <th>{t('sessions.results.summary.stars')}</th>
              <th>{t('sessions.results.summary.status')}</th>
            </tr>
          </thead>
          <tbody>
            {products.map(({ product, result, gate }, index) => (
              <tr
                key={product.productId}
                data-result={result.id}
                data-mean={JSON.stringify(result.mean)}
                data-stars={JSON.stringify(result.stars)}
                data-band={JSON.stringify(result.bandStars)}
                data-status={result.status}
                data-spread={JSON.stringify(result.spread)}
                data-round={JSON.stringify(result.round)}
              >
                <td className="number">{index + 1}</td>
                <td className="results-product">
                  <span className="cell-main">{product.name}</span>
                  <span className="cell-sub">
                    {t('sessions.results.summary.set', { set: product.productSet })} · {product.producerName}
                  </span>
                  {product.disqualified !== null ? (
                    <span className="cell-sub results-disqualified">
                      {t('sessions.results.summary.disqualified', { reason: product.disqualified })}
                    </span>
                  ) : null}
                </td>
                <td className="number">
                  {result.round ?? none}
                  {result.round !== null && result.round > 1 ? (
                    <span className="pill info results-rescored">{t('sessions.results.summary.rescored')}</span>
                  ) : null}
                </td>
                {PARTS.map((part) => (
                  <td key={part} className="number">
                    {result.partMeans ? number(result.partMeans[part]) : none}
                  </td>
                ))}
                <td className="number results-mean">
                  {result.mean === null ? none : formatMean(result.mean, language)}
                </td>
                <td className="number">
                  {result.spread ?? none}
                  {result.spreadFlag ? (
                    <span className="pill bad results-flag" title={t('sessions.results.summary.flag', { threshold })}>
                      <span aria-hidden="true">⚑ {t('sessions.results.summary.flagShort', { threshold })}</span>
                      <span className="visually-hidden">{t('sessions.results.summary.flag', { threshold })}</span>
                    </span>
                  ) : null}
                </td>
                <td className="nowrap">{result.bandStars === null ? none : t('stars', { count: result.bandStars })}</td>
                <td className="nowrap results-stars">
                  {result.stars === null ? none : <strong>{t('stars', { count: result.stars })}</strong>}
                  {gate ? (
                    <button
                      type="button"
                      className="results-link results-lowered"
                      onClick={() => scrollToGate(result.id)}
                    >
                      {t('sessions.results.summary.lowered')}
                    </button>
                  ) : null}
                </td>
                <td className="results-status">
                  <span className={`pill ${statusTone(result.status)}`}>{t(`status.${result.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
