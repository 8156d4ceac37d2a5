import type { RubricSet } from '../../src/shared/domain/rubric/rubric-pack.schema';
import type { Choice } from '../../src/shared/domain/session/session-file.schema';

/** How the scoring-sheet harness page mounts the sheet (bench/browser/scoring-sheet-page.tsx). */
export interface SheetHarnessOptions {
  readonly choices?: Readonly<Record<string, Choice>>;
  readonly comment?: string;
  readonly readOnly?: boolean;
  readonly compareWith?: Readonly<Record<string, Choice>>;
  readonly autoFocus?: boolean;
  readonly language?: 'vi' | 'en';
  readonly header?: { readonly member: string; readonly product: string; readonly round: string };
}

/** What the sheet reported to its parent: answers, comment, whether (and how often) it was submitted. */
export interface SheetHarnessState {
  readonly choices: Readonly<Record<string, Choice>>;
  readonly comment: string;
  readonly submitted: boolean;
  readonly submits: number;
  /** How many changes (onChoose and onComment calls) were reported. */
  readonly events: number;
}

/** The functions the harness page puts on `window`. */
export interface ScoringSheetHarness {
  mountScoringSheet(set: RubricSet, options?: SheetHarnessOptions): void;
  sheetState(): SheetHarnessState;
  /** The index of the criterion that holds the keyboard focus, or −1. */
  focusedCriterion(): number;
}
