import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductResult } from '../../../../../shared/domain/scoring/compute-results';
import { formatMean, formatNumber } from '../../../../../shared/i18n/format';
import { signedNumber } from './chart-data';
import { deviationTone, type MatrixCell, type MemberColumn } from './member-matrix';
import type { ProductView } from './results-view';
import { useTranslate } from './use-translate';

function Cell({ cell, column, threshold }: { cell: MatrixCell; column: MemberColumn; threshold: number }) {
  const { t } = useTranslation();
  const { language } = useTranslate();
  if (cell.kind === 'recused' || cell.kind === 'absent' || cell.kind === 'missing') {
    const short = t(`sessions.results.matrix.${cell.kind}`);
    const long = t(`sessions.results.matrix.${cell.kind}Long`);
    return (
      <td className={`number results-cell ${cell.kind}`} title={`${column.name}: ${long}`} data-cell={cell.kind}>
        <span aria-hidden="true">{short}</span>
        <span className="visually-hidden">{long}</span>
      </td>
    );
  }
  const deviation = cell.deviation === null ? null : signedNumber(cell.deviation, (v) => formatNumber(v, language));
  const tone = cell.deviation === null ? 'even' : deviationTone(cell.deviation, threshold);
  return (
    <td
      className={`number results-cell tone-${tone}`}
      title={
        deviation === null
          ? `${column.name}: ${cell.total}`
          : t('sessions.results.matrix.cell', { name: column.name, total: cell.total, deviation })
      }
      data-cell="total"
    >
      {cell.total}
    </td>
  );
}

function Figures({ result, threshold }: { result: ProductResult; threshold: number }) {
  const { t } = useTranslation();
  const { language } = useTranslate();
  const none = t('sessions.results.summary.none');
  return (
    <>
      <td className="number results-mean">{result.mean === null ? none : formatMean(result.mean, language)}</td>
      <td className="number nowrap">
        {result.spread ?? none}
        {result.spreadFlag ? (
          <span className="results-flag-mark" title={t('sessions.results.summary.flag', { threshold })}>
            {' ⚑'}
          </span>
        ) : null}
      </td>
    </>
  );
}

/**
 * The members × products matrix: products as rows (long names wrap in a sticky first column), scoring
 * members as narrow columns with upright-rotated names; each cell is the member's total in the counted
 * round, tinted by its distance from the mean; recused, absent and missing are said in words. A re-scored
 * product opens its earlier rounds as rows under it, in the same columns.
 */
export function MemberMatrix({
  products,
  columns,
  threshold,
}: {
  products: readonly ProductView[];
  columns: readonly MemberColumn[];
  threshold: number;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section className="results-section">
      <h2 className="section-title">{t('sessions.results.matrix.title')}</h2>
      <p className="muted">{t('sessions.results.matrix.intro')}</p>
      <div className="table-wrap results-matrix-wrap">
        <table className="data-table results-matrix" aria-label={t('sessions.results.matrix.label')}>
          <thead>
            <tr>
              <th className="results-matrix-product">{t('sessions.results.matrix.product')}</th>
              {columns.map((column) => (
                <th
                  key={column.memberId}
                  className={column.present ? 'results-member' : 'results-member absent'}
                  scope="col"
                  title={`${column.name} · ${t(`role.${column.role}`)}`}
                >
                  <span className="results-member-label">
                    <span className="results-member-name">{column.name}</span>
                    <span className="results-member-role">
                      {column.present ? t(`role.${column.role}`) : t('sessions.results.matrix.absentHeader')}
                    </span>
                  </span>
                </th>
              ))}
              <th className="number results-matrix-figure">{t('sessions.results.matrix.mean')}</th>
              <th className="number results-matrix-figure">{t('sessions.results.matrix.spread')}</th>
            </tr>
          </thead>
          <tbody>
            {products.map(({ product, result, cells, earlierRounds }) => {
              const expanded = open.has(product.productId);
              return (
                <Fragment key={product.productId}>
                  <tr data-matrix={product.productId}>
                    <th scope="row" className="results-matrix-product">
                      <span className="results-product-name">{product.name}</span>
                      {earlierRounds.length > 0 ? (
                        <>
                          <span className="results-round-label">
                            {t('sessions.results.matrix.roundCounted', { round: result.round ?? '' })}
                          </span>
                          <button
                            type="button"
                            className="results-link"
                            aria-expanded={expanded}
                            onClick={() => toggle(product.productId)}
                          >
                            {expanded
                              ? t('sessions.results.matrix.hideRounds')
                              : t('sessions.results.matrix.showRounds', { count: earlierRounds.length })}
                          </button>
                        </>
                      ) : null}
                    </th>
                    {product.disqualified !== null ? (
                      <td colSpan={columns.length + 2} className="results-disqualified">
                        {t('sessions.results.summary.disqualified', { reason: product.disqualified })}
                      </td>
                    ) : (
                      <>
                        {cells.map((cell, index) => {
                          const column = columns[index];
                          return column ? (
                            <Cell key={column.memberId} cell={cell} column={column} threshold={threshold} />
                          ) : null;
                        })}
                        <Figures result={result} threshold={threshold} />
                      </>
                    )}
                  </tr>
                  {expanded
                    ? earlierRounds.map((round) => (
                        <tr
                          key={round.round}
                          className="results-earlier"
                          data-round-of={product.productId}
                          data-round={round.round}
                        >
                          <th scope="row" className="results-matrix-product">
                            <span className="results-round-label">
                              {t('sessions.results.matrix.roundStatus', {
                                round: round.round,
                                status: t(`status.${round.result.status}`),
                              })}
                            </span>
                          </th>
                          {round.cells.map((cell, index) => {
                            const column = columns[index];
                            return column ? (
                              <Cell key={column.memberId} cell={cell} column={column} threshold={threshold} />
                            ) : null;
                          })}
                          <Figures result={round.result} threshold={threshold} />
                        </tr>
                      ))
                    : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted results-legend">
        <span>{t('sessions.results.matrix.legendRecused')}</span>
        <span>{t('sessions.results.matrix.legendAbsent')}</span>
        <span>{t('sessions.results.matrix.legendMissing')}</span>
      </p>
    </section>
  );
}
