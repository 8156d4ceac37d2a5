import { formatIssuePath, type DomainIssue } from '../../../../shared/domain/issues/domain-issue';

/** The issues of a form by field path (`representative.name`), so each field shows its own message. */
export function issuesByField(issues: readonly DomainIssue[]): ReadonlyMap<string, DomainIssue> {
  const byField = new Map<string, DomainIssue>();
  for (const found of issues) {
    const key = formatIssuePath(found.path);
    if (!byField.has(key)) byField.set(key, found);
  }
  return byField;
}
