import { useTranslation } from 'react-i18next';
import type { DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import { hrefOf } from '../../app/routes';
import { describeArchiveIssue } from './describe-archive-issue';

/** At most this many problems are listed; the rest are counted. */
const SHOWN = 50;

/**
 * Archive problems, each with the record it concerns and, when that record's session is in this
 * workspace, a link to the session.
 */
export function ArchiveIssueList({
  issues,
  source,
  hasSession = () => false,
}: {
  issues: readonly DomainIssue[];
  /** The archive as parsed (or the workspace's tables) the issue paths point into. */
  source: unknown;
  hasSession?: (sessionId: string) => boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="archive-issues">
        {issues.slice(0, SHOWN).map((found, index) => {
          const view = describeArchiveIssue(found, t, source);
          return (
            <li key={index} data-issue={found.key}>
              {view.where ? <span className="archive-issue-where">{view.where}: </span> : null}
              {view.text}
              {view.sessionId && hasSession(view.sessionId) ? (
                <>
                  {' '}
                  <a href={hrefOf('sessions', view.sessionId, ...(view.tab ? [view.tab] : []))}>
                    {t('archiveUi.integrity.open')}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {issues.length > SHOWN ? (
        <p className="muted">{t('archiveUi.issue.more', { count: issues.length - SHOWN })}</p>
      ) : null}
    </>
  );
}
