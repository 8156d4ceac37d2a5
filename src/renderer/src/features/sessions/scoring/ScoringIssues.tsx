import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import { describeIssue } from '../../../../../shared/i18n/describe-issue';
import { Notice } from '../../../components/Notice';

const PHASES = new Set(['preparing', 'scoring', 'review', 'confirmed', 'finalised']);

/** An issue in words, as a sentence (issue messages are written to follow a label). */
export function issueText(found: DomainIssue, t: TFunction, source?: unknown): string {
  const params: Record<string, string | number> = { ...found.params };
  const { phase } = found.params;
  if (typeof phase === 'string' && PHASES.has(phase)) params['phase'] = t(`sessions.phase.${phase}` as never);
  const translate = (key: string, values?: Readonly<Record<string, string | number>>) => t(key as never, values ?? {});
  const text = describeIssue({ ...found, params }, translate, source);
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Why something was refused or failed: each issue in words (nothing was written). */
export function IssuesNotice({
  title,
  issues,
  source,
  children,
}: {
  title: string;
  issues: readonly DomainIssue[];
  source?: unknown;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Notice tone="error" title={title}>
      {issues.length === 1 && issues[0] ? (
        <p>{issueText(issues[0], t, source)}</p>
      ) : (
        <ul>
          {issues.slice(0, 20).map((found, index) => (
            <li key={index}>{issueText(found, t, source)}</li>
          ))}
        </ul>
      )}
      {children}
    </Notice>
  );
}
