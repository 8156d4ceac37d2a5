import { useTranslation } from 'react-i18next';
import type { LoadedSession } from '../use-session';
import { memberTallies } from './member-queue';

/**
 * "Ai chấm tiếp?": the members who score, as large buttons, each with how many of their sheets are sealed
 * (never a score) and whether a PIN guards them.
 */
export function MemberPicker({ loaded, onPick }: { loaded: LoadedSession; onPick: (memberId: string) => void }) {
  const { t } = useTranslation();
  const tallies = memberTallies(loaded.session, loaded.sheets);
  return (
    <section className="card member-picker" aria-labelledby="member-picker-title">
      <h2 id="member-picker-title">{t('sessions.score.picker.title')}</h2>
      <p className="muted">{t('sessions.score.picker.intro')}</p>
      {tallies.length === 0 ? (
        <p>{t('sessions.score.picker.none')}</p>
      ) : (
        <ul className="member-choices">
          {tallies.map(({ member, sealed, expected }) => {
            const done = expected > 0 && sealed === expected;
            return (
              <li key={member.memberId}>
                <button
                  type="button"
                  className={`member-choice${done ? ' is-done' : ''}`}
                  disabled={expected === 0}
                  onClick={() => onPick(member.memberId)}
                >
                  <span className="member-choice-name">{member.name}</span>
                  <span className="member-choice-role">{t(`role.${member.role}`)}</span>
                  <span className="member-choice-count">
                    {expected === 0
                      ? t('sessions.score.picker.nothing')
                      : t('sessions.score.picker.count', { sealed, expected })}
                  </span>
                  <span className="member-choice-tags">
                    {done ? <span className="pill good">{t('sessions.score.picker.done')}</span> : null}
                    {member.pinHash ? <span className="pill neutral">{t('sessions.score.picker.pin')}</span> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
