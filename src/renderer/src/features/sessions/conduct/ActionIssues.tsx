import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import { PRODUCT_STATUSES } from '../../../../../shared/domain/scoring/compute-results';
import { describeIssue } from '../../../../../shared/i18n/describe-issue';
import { Notice } from '../../../components/Notice';

const PHASES = new Set(['preparing', 'scoring', 'review', 'confirmed', 'finalised']);
const STATUSES = new Set<string>(PRODUCT_STATUSES);

/** An issue with a phase or a status parameter put in words, for FormIssues and the lists here. */
export function localised(found: DomainIssue, t: TFunction): DomainIssue {
  const params: Record<string, string | number> = { ...found.params };
  const { phase, status } = found.params;
  if (typeof phase === 'string' && PHASES.has(phase)) params['phase'] = t(`sessions.phase.${phase}` as never);
  if (typeof status === 'string' && STATUSES.has(status)) params['status'] = t(`status.${status}` as never);
  return { ...found, params };
}

/**
 * A refused session action in words, with a phase or a product status named as the screens name them
 * ("Đang chấm", "Chênh lệch lớn, chấm lại") rather than by their ids.
 */
export function sessionIssueText(found: DomainIssue, t: TFunction): string {
  const { key, params } = localised(found, t);
  return t(`issue.${key}` as never, params);
}

/** A problem of a session file, with where it is (which sheet, which field). */
export function fileIssueText(found: DomainIssue, t: TFunction, source: unknown): string {
  const translate = (key: string, values?: Readonly<Record<string, string | number>>) => t(key as never, values ?? {});
  return describeIssue(localised(found, t), translate, source);
}

/** Why an action was refused: each issue in words (nothing was written). */
export function ActionIssues({ issues, title }: { issues: readonly DomainIssue[]; title?: string }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <Notice tone="error" title={title ?? t('sessions.conduct.issues')}>
      <ul>
        {issues.map((found, index) => (
          <li key={index}>{capitalise(sessionIssueText(found, t))}</li>
        ))}
      </ul>
    </Notice>
  );
}

/** Issue messages are written to follow a label ("Field: message"); alone in a list they start a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
