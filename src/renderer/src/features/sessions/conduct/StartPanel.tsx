import { useTranslation } from 'react-i18next';
import { startProblems } from '../../../../../shared/domain/council-session/session-progress';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { ActionIssues, capitalise, sessionIssueText } from './ActionIssues';
import { useSessionAction } from './useSessionAction';

/**
 * "Bắt đầu chấm": blocked, with every reason in words, until the quorum gate and the products allow it
 * (3/4 of the members present with the chair, at least one product, every form complete, someone to
 * score each product).
 */
export function StartPanel({ session, incomplete }: { session: CouncilSession; incomplete: ReadonlySet<number> }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const action = useSessionAction();
  const problems = startProblems(session, incomplete);
  return (
    <section className="card conduct-section start-panel" aria-labelledby="start-title">
      <h2 id="start-title">{t('sessions.conduct.start.title')}</h2>
      {problems.length > 0 ? (
        <div className="notice warning" role="status">
          <h3>{t('sessions.conduct.start.blocked')}</h3>
          <ul>
            {problems.map((found, index) => (
              <li key={index}>{capitalise(sessionIssueText(found, t))}</li>
            ))}
          </ul>
          <p>{t('sessions.conduct.start.blockedNext')}</p>
        </div>
      ) : (
        <p>{t('sessions.conduct.start.ready')}</p>
      )}
      <ActionIssues issues={action.issues} />
      <button
        type="button"
        className="button"
        disabled={problems.length > 0 || action.busy}
        onClick={() => void action.run(() => repositories.sessions.start(session.id, incomplete))}
      >
        {t('sessions.conduct.start.button')}
      </button>
    </section>
  );
}
