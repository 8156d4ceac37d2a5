import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pinMatches } from '../../../../../shared/domain/council-session/member-pin';
import type {
  CouncilSession,
  SessionMemberSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';

/**
 * Asks a member for their PIN before their sheets open. A wrong PIN opens nothing. The PIN only keeps
 * members from opening each other's sheets on a shared laptop; it is asked again after a reload.
 */
export function PinPrompt({
  session,
  member,
  onOpen,
  onCancel,
}: {
  session: CouncilSession;
  member: SessionMemberSnapshot;
  onOpen: () => void;
  onCancel?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  return (
    <section className="card pin-prompt" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sessions.score.pin.title', { name: member.name })}</h2>
      <p className="muted">{t('sessions.score.pin.intro', { name: member.name })}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (pinMatches(member.pinHash, session.id, member.memberId, pin)) {
            onOpen();
            return;
          }
          setWrong(true);
          setPin('');
        }}
      >
        <div className="form-field">
          <label htmlFor={`${id}-pin`}>{t('sessions.score.pin.label')}</label>
          <input
            id={`${id}-pin`}
            className="pin-input"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            // The prompt appears because the member chose to open their sheets: the PIN is the next thing typed.
            autoFocus
            aria-invalid={wrong}
            aria-describedby={wrong ? `${id}-wrong` : undefined}
            value={pin}
            onChange={(event) => {
              setPin(event.target.value);
              setWrong(false);
            }}
          />
          {wrong ? (
            <p id={`${id}-wrong`} className="field-error" role="alert">
              {t('sessions.score.pin.wrong')}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          {onCancel ? (
            <button type="button" className="button secondary" onClick={onCancel}>
              {t('sessions.score.pin.back')}
            </button>
          ) : null}
          <button type="submit" className="button" disabled={pin.trim() === ''}>
            {t('sessions.score.pin.open')}
          </button>
        </div>
      </form>
    </section>
  );
}
