import { wrapLabel } from './chart-data';

interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
}

/**
 * A category-axis label that wraps a long Vietnamese name over two lines (or `lines`) instead of cutting it off; the
 * full name is its SVG title (a tooltip).
 */
export function WrappedTick({
  x,
  y,
  payload,
  width = 26,
  lines: most = 2,
}: TickProps & { width?: number; lines?: number }) {
  const value = payload?.value;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const lines = wrapLabel(text, width, most);
  const top = Number(y ?? 0) - ((lines.length - 1) * 14) / 2;
  return (
    <g transform={`translate(${Number(x ?? 0)},${top})`}>
      <title>{text}</title>
      <text x={-6} y={0} textAnchor="end" dominantBaseline="middle" className="results-chart-tick">
        {lines.map((line, index) => (
          <tspan key={index} x={-6} dy={index === 0 ? 0 : 14}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
