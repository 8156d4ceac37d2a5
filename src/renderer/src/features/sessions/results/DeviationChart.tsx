import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { formatMean, formatNumber } from '../../../../../shared/i18n/format';
import { deviationBars, deviationLimit, deviationTicks, signedNumber, type DeviationBar } from './chart-data';
import type { MemberColumn } from './member-matrix';
import type { ProductView } from './results-view';
import { useTranslate } from './use-translate';
import { WrappedTick } from './WrappedTick';

const ABOVE = '#1b6b3a';
const BELOW = '#a61b1b';

function DeviationTooltip({ active, payload }: Partial<TooltipContentProps>) {
  const { t } = useTranslation();
  const { language } = useTranslate();
  const bar = payload?.[0]?.payload as DeviationBar | undefined;
  if (!active || !bar) return null;
  return (
    <div className="results-tooltip">
      <strong>{bar.name}</strong>
      <div>
        {t('sessions.results.charts.deviation.tooltip', {
          total: bar.total,
          deviation: signedNumber(bar.deviation, (v) => formatNumber(v, language)),
        })}
      </div>
    </div>
  );
}

/**
 * Each member's deviation from one product's mean (chosen in a list): a bar per member to the right
 * (above the mean, green) or to the left (below, red) of zero, with the mean, spread and threshold in the
 * caption and the same figures as a table.
 */
export function DeviationChart({
  products,
  columns,
  threshold,
}: {
  products: readonly ProductView[];
  columns: readonly MemberColumn[];
  threshold: number;
}) {
  const { t } = useTranslation();
  const { language } = useTranslate();
  const selectId = useId();
  const charted = products.filter((p) => p.result.mean !== null);
  const [chosen, setChosen] = useState<string | null>(null);
  const view =
    charted.find((p) => p.product.productId === chosen) ?? charted.find((p) => p.result.spreadFlag) ?? charted[0];
  if (!view || view.result.mean === null) {
    return <p className="muted">{t('sessions.results.charts.deviation.none')}</p>;
  }
  const bars = deviationBars(view, columns);
  const ticks = deviationTicks(deviationLimit(bars, threshold));
  const limit = ticks[ticks.length - 1] ?? 1;
  const number = (value: number) => formatNumber(value, language);
  const summary = bars
    .map((bar) =>
      t('sessions.results.charts.deviation.summary', {
        name: bar.name,
        total: bar.total,
        deviation: signedNumber(bar.deviation, number),
      }),
    )
    .join('; ');
  const caption = t('sessions.results.charts.deviation.caption', {
    mean: formatMean(view.result.mean, language),
    spread: view.result.spread ?? 0,
    threshold,
  });
  return (
    <figure className="results-chart" data-chart="deviation">
      <figcaption>
        <h3>{t('sessions.results.charts.deviation.title')}</h3>
        <div className="field results-chart-picker">
          <label htmlFor={selectId}>{t('sessions.results.charts.deviation.product')}</label>
          <select id={selectId} value={view.product.productId} onChange={(event) => setChosen(event.target.value)}>
            {charted.map((p) => (
              <option key={p.product.productId} value={p.product.productId}>
                {p.product.name}
              </option>
            ))}
          </select>
        </div>
        <p className="muted">{caption}</p>
      </figcaption>
      <div role="img" aria-label={`${view.product.name}. ${caption} ${summary}`} className="results-chart-canvas">
        <ResponsiveContainer width="100%" height={60 + bars.length * 34}>
          <BarChart
            data={bars}
            layout="vertical"
            margin={{ top: 4, right: 32, bottom: 28, left: 8 }}
            barCategoryGap={6}
          >
            <CartesianGrid horizontal={false} stroke="#e4e9e6" />
            <XAxis
              type="number"
              domain={[-limit, limit]}
              ticks={ticks}
              tickFormatter={(value: number) => signedNumber(value, (v) => formatNumber(v, language, 0))}
              label={{ value: t('sessions.results.charts.deviation.axis'), position: 'insideBottom', offset: -18 }}
            />
            <YAxis type="category" dataKey="name" width={190} tick={<WrappedTick width={24} />} interval={0} />
            <Tooltip content={<DeviationTooltip />} cursor={{ fill: 'rgba(201, 154, 6, 0.12)' }} />
            <ReferenceLine x={0} stroke="#4a554f" />
            <Bar dataKey="deviation" isAnimationActive={false} name={t('sessions.results.charts.deviation.difference')}>
              {bars.map((bar) => (
                <Cell key={bar.memberId} fill={bar.deviation >= 0 ? ABOVE : BELOW} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="results-chart-table">
        <summary>{t('sessions.results.charts.tableToggle')}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('sessions.results.charts.deviation.member')}</th>
              <th className="number">{t('sessions.results.charts.deviation.total')}</th>
              <th className="number">{t('sessions.results.charts.deviation.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.memberId}>
                <td>{bar.name}</td>
                <td className="number">{bar.total}</td>
                <td className="number">{signedNumber(bar.deviation, number)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
