import { useTranslation } from 'react-i18next';
import { expectedSheets } from '../../../../../shared/domain/council-session/session-progress';
import { hrefOf } from '../../../app/routes';
import { useLoad } from '../../../app/use-load';
import { useWorkspace } from '../../../app/workspace-context';
import { Notice } from '../../../components/Notice';

/** The sessions opened from kits on this laptop, each with its member and how many of their sheets are sealed. */
export function KitSessions() {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const loaded = useLoad(async () => {
    const sessions = (await repositories.sessions.list()).filter((s) => s.remoteMember !== null);
    return Promise.all(
      sessions.map(async (session) => {
        const mine = expectedSheets(session, await repositories.sessions.sheets(session.id)).filter(
          (s) => s.memberId === session.remoteMember,
        );
        return {
          session,
          member: session.members.find((m) => m.memberId === session.remoteMember)?.name ?? '',
          sealed: mine.filter((s) => s.progress === 'sealed').length,
          expected: mine.length,
        };
      }),
    );
  }, [repositories, revision]);
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed') {
    return <Notice tone="error" title={t('common.loadFailed', { detail: loaded.error.message })} />;
  }
  if (loaded.value.length === 0) return null;
  return (
    <section className="card kit-sessions" aria-labelledby="kit-sessions-title">
      <h2 id="kit-sessions-title">{t('sessions.laptop.sessions.title')}</h2>
      <ul className="kit-session-list">
        {loaded.value.map(({ session, member, sealed, expected }) => (
          <li key={session.id}>
            <a className="kit-session" href={hrefOf('sessions', 'member', session.id)}>
              <span className="kit-session-title">{session.title}</span>
              <span className="kit-session-meta">
                {t('sessions.laptop.sessions.line', { name: member, sealed, expected })}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
