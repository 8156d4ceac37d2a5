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
