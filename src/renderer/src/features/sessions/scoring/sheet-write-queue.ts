import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import type { SheetChange } from '../../../db/sheets.repository';

/** What a write of one change came to: saved, refused with reasons, or failed (the database threw). */
export type WriteOutcome = { ok: true } | { ok: false; issues: readonly DomainIssue[] } | { ok: false; error: Error };

interface QueueEvents {
  /** After a change was refused or failed (the caller reloads what is stored). */
  readonly onProblem: (outcome: Exclude<WriteOutcome, { ok: true }>) => void;
  /** When the last pending change has been written. */
  readonly onIdle: () => void;
}

/** Changes that overwrite each other: the comment, or the answer of one criterion. */
function slotOf(change: SheetChange): string {
  return change.type === 'comment' ? 'comment' : `criterion:${change.criterionId}`;
}

/**
 * The autosave of one sheet: every change is written at once, one after another in the order made (a
 * sheet is the fold of its events, so order matters). While a write runs, a newer change to the same slot
 * as the last waiting one replaces it, so typing a comment does not queue one event per key.
 */
export class SheetWriteQueue {
  private readonly pending: SheetChange[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly write: (change: SheetChange) => Promise<WriteOutcome>,
    private readonly events: QueueEvents,
  ) {}

  push(change: SheetChange): void {
    const last = this.pending[this.pending.length - 1];
    if (last && slotOf(last) === slotOf(change)) this.pending[this.pending.length - 1] = change;
    else this.pending.push(change);
    this.running ??= this.drain();
  }

  /** Resolves once every change pushed so far is written (or refused). */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  get busy(): boolean {
    return this.running !== null;
  }

  private async drain(): Promise<void> {
    try {
      for (let change = this.pending.shift(); change; change = this.pending.shift()) {
        let outcome: WriteOutcome;
        try {
          outcome = await this.write(change);
        } catch (error) {
          outcome = { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
        }
        if (!outcome.ok) this.events.onProblem(outcome);
      }
    } finally {
      this.running = null;
      this.events.onIdle();
    }
  }
}
