/** What the database bench page (bench/browser/db-bench-page.ts) returns to the Node side. */
export interface DbBenchResult {
  readonly seedSeconds: number;
  readonly counts: Record<string, number>;
  readonly searchMs: number[];
  readonly searchHits: number;
  /** Milliseconds of each timed dashboard load (after two warm-up loads). */
  readonly dashboardMs: number[];
  /** Rows the dashboard found (certificates to follow, dossiers waiting): proof the work was done. */
  readonly dashboardRows: number;
}

/** What the submit bench page (bench/browser/session-bench-page.ts) returns. */
export interface SubmitBenchResult {
  /** Milliseconds from each submit (seal) to the session's results being computed anew. */
  readonly submitMs: number[];
  readonly sheets: number;
  readonly events: number;
  /** The last product's mean after the last submit: proof the results were computed. */
  readonly lastMean: number;
  /** The session's phase at the end: 'review' once the last sheet was sealed. */
  readonly phase: string;
}
