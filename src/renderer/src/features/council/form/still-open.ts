import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';

const keyOf = (found: DomainIssue) => `${found.path.join('.')}|${found.key}`;

/**
 * The issues shown after a refused save that are still true of the form as it is now: a corrected field
 * loses its message at once, and a new problem waits for the next save to be reported.
 */
export function stillOpen(shown: readonly DomainIssue[], now: readonly DomainIssue[]): readonly DomainIssue[] {
  if (shown.length === 0) return shown;
  const open = new Set(now.map(keyOf));
  const kept = shown.filter((found) => open.has(keyOf(found)));
  return kept.length === shown.length ? shown : kept;
}
