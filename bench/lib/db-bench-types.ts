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

/** What the archive bench page (bench/browser/archive-bench-page.ts) returns: seconds of each timed run. */
export interface ArchiveBenchResult {
  /** Reading the file's text: JSON.parse, checkArchive and verifyArchive (`readArchive`). */
  readonly readSeconds: number[];
  /** Writing the checked archive into an empty workspace (`applyImport`, restore). */
  readonly writeSeconds: number[];
  /** The whole workspace to an archive and its JSON text (`exportArchive`). */
  readonly exportSeconds: number[];
  /** `checkArchive` of the parsed export (schema, ids, references). */
  readonly checkSeconds: number[];
  /** `verifyArchive` of the checked export (seals, event folds, result chains, chain head). */
  readonly verifySeconds: number[];
  /** Characters of the JSON text of the file imported. */
  readonly chars: number;
  readonly counts: Record<string, number>;
  /** Sheet events in the sheets' logs. */
  readonly events: number;
  readonly countedSheets: number;
  readonly chainLength: number;
  /** Problems verifyArchive found in the export (must be 0). */
  readonly problems: number;
  /** Whether the export's hash chain (head and length) is the imported file's. */
  readonly sameChain: boolean;
}
