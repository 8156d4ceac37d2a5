import { useTranslation } from 'react-i18next';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import { Field } from '../../../components/form/Field';
import { chairsOf } from './chair-check';

/** Who acts as chair, and their PIN when they set one (never shown, never kept). */
export function ChairFields({
  session,
  chairId,
  onChair,
  pin,
  onPin,
}: {
  session: CouncilSession;
  chairId: string;
  onChair: (memberId: string) => void;
  pin: string;
  onPin: (pin: string) => void;
}) {
  const { t } = useTranslation();
  const chairs = chairsOf(session);
  const chair = chairs.find((m) => m.memberId === chairId);
  if (chairs.length === 0) return <p className="field-error">{t('sessions.conduct.chair.noChair')}</p>;
  return (
    <>
      <Field label={t('sessions.conduct.chair.member')} path="chairId" required>
        {(props) => (
          <select {...props} value={chairId} onChange={(e) => onChair(e.target.value)}>
            {chairs.map((m) => (
              <option key={m.memberId} value={m.memberId}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {chair?.pinHash ? (
        <Field label={t('sessions.conduct.chair.pin')} path="pin" required hint={t('sessions.conduct.chair.pinHint')}>
          {(props) => (
            <input
              {...props}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              onChange={(e) => onPin(e.target.value)}
            />
          )}
        </Field>
      ) : null}
    </>
  );
}
