/**
 * One figure a benchmark reports: printed as one JSON line on stdout. `value` is the headline number
 * (a median for timings); more keys (aim, n, runs, min, …) describe how it was obtained.
 */
export interface BenchFigure {
  readonly bench: string;
  readonly value: number;
  readonly unit: string;
  readonly [key: string]: string | number | boolean;
}

/**
 * A benchmark module (bench/benches/*.ts): `run` builds its own data, measures, and returns its
 * figures. Progress goes to stderr (`info`), never to stdout.
 */
export interface Bench {
  /** Prefix of its figures' names; `npm run bench -- FILTER` runs the benches whose name contains FILTER. */
  readonly name: string;
  run(): Promise<BenchFigure[]>;
}
