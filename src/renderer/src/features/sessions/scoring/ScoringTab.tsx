import { useTranslation } from 'react-i18next';
import { useLocation } from '../../../app/routes';
import type { LoadedSession } from '../use-session';
import { KitExport } from './KitExport';
import { MemberTurns } from './MemberTurns';
import { PacketImport } from './PacketImport';
import { PaperEntry } from './PaperEntry';
import { RemoteScoring } from './RemoteScoring';
import { ScoringClosed } from './ScoringClosed';
import { ScoringProgress } from './ScoringProgress';
import { SCORING_MODES, scoringHref, scoringView, tabMemberLinks } from './scoring-route';
import './session-scoring.css';

/**
 * `#/sessions/<id>/score`: the three ways sheets arrive in one session: members taking turns on this
 * laptop, paper sheets typed by the secretary (optionally typed twice), and sealed packets from members'
 * own laptops (with the kits that go out to them). Open only while the session is scoring. A session
 * opened from a member kit offers only that member.
 */
export function ScoringTab({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const { path } = useLocation();
  const { session } = loaded;
  if (session.phase !== 'scoring') return <ScoringClosed session={session} />;
  // path: [sessionId, 'score', …]
  const view = scoringView(path.slice(2));
  const links = tabMemberLinks(session.id);
  if (session.remoteMember !== null) {
    return (
      <div className="session-scoring">
        <p className="muted">{t('sessions.score.remoteIntro')}</p>
        <RemoteScoring loaded={loaded} productId={view.mode === 'member' ? view.productId : undefined} links={links} />
      </div>
    );
  }
  // Once a member has chosen themselves, the screen is theirs alone: no other way in until they switch.
  if (view.mode === 'member' && view.memberId !== undefined) {
    return (
      <div className="session-scoring">
        <MemberTurns loaded={loaded} memberId={view.memberId} productId={view.productId} links={links} />
      </div>
    );
  }
  return (
    <div className="session-scoring">
      <ScoringProgress loaded={loaded} />
      <nav className="scoring-modes" aria-label={t('sessions.score.modesLabel')}>
        {SCORING_MODES.map((mode) => (
          <a
            key={mode}
            className="scoring-mode"
            href={scoringHref(session.id, { mode })}
            aria-current={view.mode === mode ? 'page' : undefined}
          >
            <span className="scoring-mode-title">{t(`sessions.score.modes.${mode}.title`)}</span>
            <span className="scoring-mode-line">{t(`sessions.score.modes.${mode}.line`)}</span>
          </a>
        ))}
      </nav>
      {view.mode === 'member' ? (
        <MemberTurns loaded={loaded} memberId={undefined} productId={undefined} links={links} />
      ) : null}
      {view.mode === 'paper' ? (
        <PaperEntry loaded={loaded} memberId={view.memberId} productId={view.productId} />
      ) : null}
      {view.mode === 'packets' ? (
        <div className="packets-grid">
          <PacketImport loaded={loaded} />
          <KitExport loaded={loaded} />
        </div>
      ) : null}
    </div>
  );
}
