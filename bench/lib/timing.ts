import { info, significant } from './report';

export interface TimingOptions {
  /** Untimed runs first, to let the JIT settle. */
  readonly warmup?: number;
  /** Timed runs; the figure is their median. */
  readonly runs?: number;
  /** Shown in progress lines on stderr. */
  readonly label?: string;
}

export interface Timing<T> {
  /** Seconds, median of the timed runs. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly warmup: number;
  readonly runs: number;
  /** Seconds of each timed run, in order. */
  readonly samples: readonly number[];
  /** What the last timed run returned: check it, so that the work cannot be skipped unseen. */
  readonly result: T;
}

export const DEFAULT_WARMUP = 2;
export const DEFAULT_RUNS = 7;

/** The median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}

/**
 * Runs `work` `warmup` times untimed, then `runs` times timed (wall clock, `performance.now`), and
 * reports the median in seconds. Every result is handed back or kept, so none of the work is dead code.
 */
export async function measure<T>(work: () => T | Promise<T>, options: TimingOptions = {}): Promise<Timing<T>> {
  const warmup = options.warmup ?? DEFAULT_WARMUP;
  const runs = options.runs ?? DEFAULT_RUNS;
  if (runs < 1) throw new Error('measure: at least one timed run');
  const label = options.label ?? 'work';
  let result: T | undefined;
  for (let i = 0; i < warmup; i += 1) result = await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    result = await work();
    samples.push((performance.now() - start) / 1000);
  }
  const timing = {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    warmup,
    runs,
    samples,
    result: result as T,
  };
  info(
    `${label}: median ${significant(timing.median)} s (min ${significant(timing.min)}, max ${significant(timing.max)}, ${runs} runs after ${warmup} warm-up)`,
  );
  return timing;
}

/** The fields of a timing figure besides its name, value and unit. */
export function timingKeys(timing: Timing<unknown>): { min: number; max: number; runs: number; warmup: number } {
  return { min: significant(timing.min), max: significant(timing.max), runs: timing.runs, warmup: timing.warmup };
}
