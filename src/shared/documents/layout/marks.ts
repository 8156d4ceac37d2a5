import type { CanvasNode, CanvasPolyline } from '../pdf-definition';

/**
 * A tick box drawn as vectors (Tinos has □ but neither ☐, ☑ nor ✓): an empty square, or the square
 * with a check mark in it. `size` in points; the box sits on the text line (margin from the top).
 *
 * @example tickBox(true, 8) → a 8 × 8 pt square with a check mark
 */
export function tickBox(checked: boolean, size = 8, top = 1.5): CanvasNode {
  const box = { type: 'rect' as const, x: 0, y: 0, w: size, h: size, lineWidth: 0.7, lineColor: '#000000' };
  if (!checked) return { canvas: [box], margin: [0, top, 0, 0] };
  const check: CanvasPolyline = {
    type: 'polyline',
    points: [
      { x: size * 0.16, y: size * 0.5 },
      { x: size * 0.42, y: size * 0.8 },
      { x: size * 1.05, y: -size * 0.12 },
    ],
    lineWidth: size * 0.17,
    lineColor: '#000000',
    lineJoin: 'round',
    lineCap: 'round',
  };
  return { canvas: [box, check], margin: [0, top, 0, 0] };
}

/** The ten points of a five-pointed star with outer radius `r` centred at (cx, cy), top point up. */
function starPoints(cx: number, cy: number, r: number): { x: number; y: number }[] {
  const inner = r * 0.4;
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const round = (value: number): number => Math.round(value * 100) / 100;
    return { x: round(cx + radius * Math.cos(angle)), y: round(cy + radius * Math.sin(angle)) };
  });
}

/**
 * `count` filled stars in a row (Tinos has no ★), each `size` points wide, `gap` apart, centred by the
 * caller (`alignment: 'center'` on the node).
 */
export function starRow(count: number, size: number, color: string, gap = size * 0.35): CanvasNode {
  const r = size / 2;
  return {
    canvas: Array.from({ length: count }, (_, i): CanvasPolyline => ({
      type: 'polyline',
      points: starPoints(r + i * (size + gap), r, r),
      closePath: true,
      color,
      lineColor: color,
      lineWidth: 0.5,
    })),
  };
}

/** Width of `starRow(count, size, …)` in points, to centre it. */
export function starRowWidth(count: number, size: number, gap = size * 0.35): number {
  return count * size + Math.max(0, count - 1) * gap;
}
