import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CouncilSession,
  SessionMemberSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/form/Field';
import { FormIssues } from '../../../components/form/FormIssues';
import { useSaveForm } from '../../../components/form/useSaveForm';

const PIN = /^\d{4,8}$/;

/** Sets, replaces or removes a member's PIN for the member picker; the PIN is never shown again. */
export function PinDialog({
  session,
  member,
  onClose,
}: {
  session: CouncilSession;
  member: SessionMemberSnapshot;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const [pin, setPin] = useState('');
  const [invalid, setInvalid] = useState(false);
  // Which button submitted: the save step is shared by both.
  const clearing = useRef(false);
  const { issues, saving, submit } = useSaveForm(
    () => repositories.sessions.setPin(session.id, member.memberId, clearing.current ? null : pin.trim()),
    onClose,
  );
  return (
    <Dialog title={t('sessions.conduct.pin.title', { name: member.name })} onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          clearing.current = false;
          if (!PIN.test(pin.trim())) {
            setInvalid(true);
            return;
          }
          void submit();
        }}
      >
        <p className="muted">{t('sessions.conduct.pin.intro')}</p>
        <FormIssues issues={issues} labels={{ '': '' }}>
          <div className="form-grid">
            <Field label={t('sessions.conduct.pin.pin')} path="pin" hint={t('sessions.conduct.pin.hint')} required>
              {(props) => (
                <input
                  {...props}
                  aria-invalid={invalid}
                  type="password"
                  inputMode="numeric"
                  autoComplete="new-password"
                  value={pin}
                  onChange={(e) => {
                    setPin(e.target.value);
                    setInvalid(false);
                  }}
                />
              )}
            </Field>
          </div>
          {invalid ? <p className="field-error">{t('sessions.conduct.pin.invalid')}</p> : null}
        </FormIssues>
        <div className="form-actions">
          {member.pinHash ? (
            <button
              type="button"
              className="button secondary conduct-push-left"
              disabled={saving}
              onClick={() => {
                clearing.current = true;
                void submit();
              }}
            >
              {t('sessions.conduct.pin.clear')}
            </button>
          ) : null}
          <button type="button" className="button secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button" disabled={saving}>
            {t('sessions.conduct.pin.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
