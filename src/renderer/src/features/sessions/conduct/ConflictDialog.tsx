import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CouncilSession,
  SessionProductSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/FormActions';
import { Field } from '../../../components/form/Field';
import { FormIssues } from '../../../components/form/FormIssues';
import { TextArea } from '../../../components/form/inputs';
import { useSaveForm } from '../../../components/form/useSaveForm';
import { localised } from './ActionIssues';
import { SILENT_PATHS } from './ChairDialog';

/** A member declares a conflict of interest with a product (and is recused for it), with a note. */
export function ConflictDialog({
  session,
  product,
  onClose,
}: {
  session: CouncilSession;
  product: SessionProductSnapshot;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const declared = new Set(product.conflicts.map((c) => c.memberId));
  const open = session.members.filter((m) => !declared.has(m.memberId));
  const [memberId, setMemberId] = useState(open[0]?.memberId ?? '');
  const [note, setNote] = useState('');
  const { issues, saving, submit } = useSaveForm(
    () => repositories.sessions.declareConflict(session.id, product.productId, memberId, note.trim()),
    onClose,
  );
  const labels = {
    ...SILENT_PATHS,
    memberId: t('sessions.conduct.declare.member'),
    note: t('sessions.conduct.declare.note'),
  };
  return (
    <Dialog title={t('sessions.conduct.declare.title', { product: product.name })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">{t('sessions.conduct.declare.intro')}</p>
        {open.length === 0 ? (
          <p>{t('sessions.conduct.declare.nobody')}</p>
        ) : (
          <FormIssues issues={issues.map((found) => localised(found, t))} labels={labels}>
            <div className="form-grid">
              <Field label={labels.memberId} path="memberId" required>
                {(props) => (
                  <select {...props} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
                    {open.map((m) => (
                      <option key={m.memberId} value={m.memberId}>
                        {m.name} ({t(`role.${m.role}`)})
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <div className="wide">
                <TextArea
                  label={labels.note}
                  path="note"
                  hint={t('sessions.conduct.declare.noteHint')}
                  value={note}
                  onChange={setNote}
                />
              </div>
            </div>
          </FormIssues>
        )}
        <FormActions
          onCancel={onClose}
          saving={saving || open.length === 0}
          saveLabel={t('sessions.conduct.declare.save')}
        />
      </form>
    </Dialog>
  );
}
