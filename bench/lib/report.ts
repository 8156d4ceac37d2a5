import type { BenchFigure } from './bench';

/** Prints a figure as one JSON line on stdout: the only thing a bench run writes there. */
export function printFigure(figure: BenchFigure): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

/** Progress and diagnostics, on stderr so that stdout stays machine-readable. */
export function info(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** A measured number with `digits` significant digits (0.0523417 → 0.05234 with 4). */
export function significant(value: number, digits = 4): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(digits));
}
