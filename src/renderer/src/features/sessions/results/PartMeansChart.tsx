import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { PartId } from '../../../../../shared/domain/rubric/rubric-pack.schema';
import { formatMean, formatNumber } from '../../../../../shared/i18n/format';
import { partBars, type PartBar } from './chart-data';
import type { ProductView } from './results-view';
import { useTranslate } from './use-translate';
import { WrappedTick } from './WrappedTick';

const PARTS: readonly PartId[] = ['A', 'B', 'C'];
export const PART_COLOURS: Readonly<Record<PartId, { fill: string; rest: string }>> = {
  A: { fill: '#1b6b3a', rest: '#d3e8da' },
  B: { fill: '#1d4f91', rest: '#d6e2f3' },
  C: { fill: '#a87f00', rest: '#f3e6bd' },
};

function PartTooltip({ active, payload }: Partial<TooltipContentProps>) {
  const { t } = useTranslation();
  const { language } = useTranslate();
  const bar = payload?.[0]?.payload as PartBar | undefined;
  if (!active || !bar) return null;
  return (
    <div className="results-tooltip">
      <strong>{bar.name}</strong>
      {PARTS.map((part) => (
        <div key={part}>
          {t('sessions.results.summary.part', { part })}:{' '}
          {t('sessions.results.charts.parts.tooltip', {
            value: formatNumber(bar.means[part], language),
            max: bar.max[part],
          })}
        </div>
      ))}
      <div>
        {t('sessions.results.summary.mean')}: {formatMean(bar.mean, language)}
      </div>
    </div>
  );
}

/**
 * Each product's part means against the part maxima: one bar per product on a 100-point scale, where part A
 * spans 0–40, B 40–65 and C 65–100, filled up to the part's mean. Vietnamese axis labels, decimal commas
 * in the tooltip, and the same figures as a table for screen readers.
 */
export function PartMeansChart({ products }: { products: readonly ProductView[] }) {
  const { t } = useTranslation();
  const { language } = useTranslate();
  const bars = partBars(products);
  if (bars.length === 0) return null;
  const number = (value: number) => formatNumber(value, language);
  const summary = bars
    .map((bar) =>
      t('sessions.results.charts.parts.summary', {
        product: bar.name,
        A: number(bar.means.A),
        B: number(bar.means.B),
        C: number(bar.means.C),
        maxA: bar.max.A,
        maxB: bar.max.B,
        maxC: bar.max.C,
        mean: formatMean(bar.mean, language),
      }),
    )
    .join(' ');
  const height = 70 + bars.length * 46;
  return (
    <figure className="results-chart" data-chart="parts">
      <figcaption>
        <h3>{t('sessions.results.charts.parts.title')}</h3>
        <p className="muted">{t('sessions.results.charts.parts.intro')}</p>
        <ul className="results-chart-legend" aria-hidden="true">
          {PARTS.map((part) => (
            <li key={part}>
              <span className={`results-swatch part-${part}`} />
              {t('sessions.results.charts.parts.achieved', { part })}
              <span className={`results-swatch part-${part} rest`} />
              {t('sessions.results.charts.parts.remaining', { part })}
            </li>
          ))}
        </ul>
      </figcaption>
      <div role="img" aria-label={summary} className="results-chart-canvas">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={bars}
            layout="vertical"
            margin={{ top: 8, right: 24, bottom: 28, left: 8 }}
            barCategoryGap={10}
          >
            <CartesianGrid horizontal={false} stroke="#e4e9e6" />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 20, 40, 65, 100]}
              tickFormatter={(value: number) => formatNumber(value, language, 0)}
              label={{ value: t('sessions.results.charts.parts.axis'), position: 'insideBottom', offset: -18 }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={240}
              tick={<WrappedTick width={32} lines={3} />}
              interval={0}
            />
            <Tooltip content={<PartTooltip />} cursor={{ fill: 'rgba(201, 154, 6, 0.12)' }} />
            {PARTS.flatMap((part) => [
              <Bar
                key={part}
                dataKey={part}
                stackId="parts"
                fill={PART_COLOURS[part].fill}
                name={t('sessions.results.charts.parts.achieved', { part })}
                isAnimationActive={false}
              />,
              <Bar
                key={`${part}Rest`}
                dataKey={`${part}Rest`}
                stackId="parts"
                fill={PART_COLOURS[part].rest}
                name={t('sessions.results.charts.parts.remaining', { part })}
                isAnimationActive={false}
              />,
            ])}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="results-chart-table">
        <summary>{t('sessions.results.charts.tableToggle')}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('sessions.results.summary.product')}</th>
              {PARTS.map((part) => (
                <th key={part} className="number">
                  {t('sessions.results.summary.part', { part })}
                </th>
              ))}
              <th className="number">{t('sessions.results.summary.mean')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.productId}>
                <td>{bar.name}</td>
                {PARTS.map((part) => (
                  <td key={part} className="number">
                    {t('sessions.results.charts.parts.tooltip', { value: number(bar.means[part]), max: bar.max[part] })}
                  </td>
                ))}
                <td className="number">{formatMean(bar.mean, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
