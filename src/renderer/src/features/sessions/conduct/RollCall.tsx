import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CouncilSession,
  SessionMemberSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { ActionIssues } from './ActionIssues';
import { PinDialog } from './PinDialog';
import { QuorumLine } from './QuorumLine';
import { useSessionAction } from './useSessionAction';

/**
 * The roll call: each member's presence (ticked by default, untick the absent), role, whether they score,
 * and their PIN (set or not; never shown). Presence can change only while the session is prepared; a
 * PIN also once scoring has started. `embedded`: inside a disclosure that already names it.
 */
export function RollCall({ session, embedded = false }: { session: CouncilSession; embedded?: boolean }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const action = useSessionAction();
  const [pinFor, setPinFor] = useState<SessionMemberSnapshot | null>(null);
  // A tick shows at once; the session reloads after the write (a refused one goes back).
  const [ticked, setTicked] = useState<ReadonlyMap<string, boolean>>(new Map());
  const mark = (memberId: string, present: boolean | null) =>
    setTicked((current) => {
      const next = new Map(current);
      if (present === null) next.delete(memberId);
      else next.set(memberId, present);
      return next;
    });
  // Ticks made in quick succession are written one after the other, none dropped.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const setPresent = (memberId: string, present: boolean) => {
    mark(memberId, present);
    queue.current = queue.current.then(async () => {
      const done = await action.run(() => repositories.sessions.setAttendance(session.id, memberId, present));
      if (!done) mark(memberId, null);
    });
  };
  const editable = session.phase === 'preparing';
  const pins = session.phase === 'preparing' || session.phase === 'scoring';
  return (
    <section
      className={embedded ? 'conduct-section' : 'card conduct-section'}
      aria-label={t('sessions.conduct.rollCall.title')}
    >
      {embedded ? null : <h2>{t('sessions.conduct.rollCall.title')}</h2>}
      <p className="muted">{editable ? t('sessions.conduct.rollCall.intro') : t('sessions.conduct.rollCall.locked')}</p>
      <QuorumLine session={session} />
      <ActionIssues issues={action.issues} />
      <div className="table-wrap">
        <table className="data-table roll-call" aria-label={t('sessions.conduct.rollCall.tableLabel')}>
          <thead>
            <tr>
              <th>{t('sessions.conduct.rollCall.columns.name')}</th>
              <th>{t('sessions.conduct.rollCall.columns.role')}</th>
              <th>{t('sessions.conduct.rollCall.columns.scores')}</th>
              <th>{t('sessions.conduct.rollCall.columns.present')}</th>
              <th>{t('sessions.conduct.rollCall.columns.pin')}</th>
            </tr>
          </thead>
          <tbody>
            {session.members.map((member) => {
              const present = ticked.get(member.memberId) ?? member.present;
              return (
                <tr key={member.memberId} className={present ? undefined : 'is-absent'}>
                  <td>
                    <span className="cell-main">{member.name}</span>
                    {member.title ? <div className="cell-sub">{member.title}</div> : null}
                  </td>
                  <td className="nowrap">{t(`role.${member.role}`)}</td>
                  <td className="nowrap">
                    {member.scores ? t('sessions.conduct.rollCall.scoresYes') : t('sessions.conduct.rollCall.scoresNo')}
                  </td>
                  <td>
                    <label className="presence">
                      <input
                        type="checkbox"
                        checked={present}
                        disabled={!editable}
                        aria-label={t('sessions.conduct.rollCall.presentOf', { name: member.name })}
                        onChange={(e) => setPresent(member.memberId, e.target.checked)}
                      />
                      <span aria-hidden="true">
                        {present ? t('sessions.conduct.rollCall.present') : t('sessions.conduct.rollCall.absent')}
                      </span>
                    </label>
                  </td>
                  <td className="nowrap">
                    <span className={`pill ${member.pinHash ? 'good' : 'neutral'}`}>
                      {member.pinHash ? t('sessions.conduct.rollCall.pinSet') : t('sessions.conduct.rollCall.pinNone')}
                    </span>{' '}
                    {pins ? (
                      <button
                        type="button"
                        className="button small secondary"
                        aria-label={t('sessions.conduct.rollCall.pinOf', { name: member.name })}
                        onClick={() => setPinFor(member)}
                      >
                        {member.pinHash
                          ? t('sessions.conduct.rollCall.changePin')
                          : t('sessions.conduct.rollCall.setPin')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pinFor ? <PinDialog session={session} member={pinFor} onClose={() => setPinFor(null)} /> : null}
    </section>
  );
}
