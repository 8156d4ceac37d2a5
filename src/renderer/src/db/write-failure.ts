import { issue, type DomainIssue } from '../../../shared/domain/issues/domain-issue';

/** Whether an error (Dexie's, or the browser's underneath it) says the storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth += 1) {
    const name = (cause as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    cause = (cause as { inner?: unknown; cause?: unknown }).inner ?? (cause as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * A failed database write as an issue the user can read: the storage is full (free space, or export a
 * backup and remove old data), or anything else with its detail. Either way the transaction rolled back.
 */
export function writeFailure(error: unknown): DomainIssue {
  if (isQuotaError(error)) return issue('archive.import.quota', []);
  return issue('archive.import.writeFailed', [], { detail: error instanceof Error ? error.message : String(error) });
}
