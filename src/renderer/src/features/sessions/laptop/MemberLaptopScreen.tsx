import { useTranslation } from 'react-i18next';
import { hrefOf, useLocation } from '../../../app/routes';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { RemoteScoring } from '../scoring/RemoteScoring';
import { laptopMemberLinks } from '../scoring/scoring-route';
import { ScoringClosed } from '../scoring/ScoringClosed';
import '../scoring/session-scoring.css';
import { useSession } from '../use-session';
import { KitOpener } from './KitOpener';
import { KitSessions } from './KitSessions';

/** One session opened from a kit: only its member scores here, then exports the sealed packet. */
function LaptopSession({ sessionId, productId }: { sessionId: string; productId: string | undefined }) {
  const { t } = useTranslation();
  const load = useSession(sessionId);
  const back = (
    <a className="back-link" href={hrefOf('sessions', 'member')}>
      ← {t('sessions.laptop.back')}
    </a>
  );
  if (load.state === 'loading') return <p>{t('common.loading')}</p>;
  if (load.state === 'failed')
    return <Notice tone="error" title={t('common.loadFailed', { detail: load.error.message })} />;
  if (load.state === 'missing') {
    return (
      <>
        {back}
        <Notice tone="error" title={t('issue.session.flow.unknownSession')} />
      </>
    );
  }
  const { session } = load;
  const member = session.members.find((m) => m.memberId === session.remoteMember);
  if (!member) {
    return (
      <>
        {back}
        <Notice tone="warning" title={t('sessions.laptop.notKit')}>
          <p>
            <a href={hrefOf('sessions', session.id)}>{t('sessions.laptop.openSession')}</a>
          </p>
        </Notice>
      </>
    );
  }
  return (
    <div className="member-laptop">
      {back}
      <PageHeader
        title={session.title}
        intro={t('sessions.laptop.sessionIntro', { name: member.name, council: session.councilName })}
      />
      {session.phase === 'scoring' ? (
        <div className="session-scoring">
          <RemoteScoring loaded={load} productId={productId} links={laptopMemberLinks(session.id)} />
        </div>
      ) : (
        <ScoringClosed session={session} />
      )}
    </div>
  );
}

/**
 * `#/sessions/member`: a member's own laptop. Open the member kit the secretary gave (the session, the
 * member's key, the rubric pack), score the sessions opened from kits, export the sealed sheets.
 * `#/sessions/member/<session>[/<product>]` is one such session.
 */
export function MemberLaptopScreen() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const [, sessionId, productId] = path;
  if (sessionId !== undefined) return <LaptopSession key={sessionId} sessionId={sessionId} productId={productId} />;
  return (
    <div className="member-laptop">
      <a className="back-link" href={hrefOf('sessions')}>
        ← {t('sessions.backToList')}
      </a>
      <PageHeader title={t('sessions.laptop.title')} intro={t('sessions.laptop.intro')} />
      <KitOpener />
      <KitSessions />
    </div>
  );
}
