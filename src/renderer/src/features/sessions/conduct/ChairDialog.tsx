import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/FormActions';
import { FormIssues } from '../../../components/form/FormIssues';
import { useSaveForm } from '../../../components/form/useSaveForm';
import { refused, type SaveResult } from '../../../db/repository-context';
import { localised } from './ActionIssues';
import { chairProblem, chairsOf } from './chair-check';
import { ChairFields } from './ChairFields';

/** Issues about the whole session or its lists read on their own, without a field name before them. */
export const SILENT_PATHS: Readonly<Record<string, string>> = { '': '', members: '', products: '' };

/**
 * A step only the chair takes (open the sheets early, confirm the results): pick the chair, give their
 * PIN when they set one, then `act` runs with the chair's member id.
 */
export function ChairDialog<T>({
  session,
  title,
  saveLabel,
  children,
  labels = {},
  act,
  onClose,
  onDone,
}: {
  session: CouncilSession;
  title: string;
  saveLabel: string;
  children?: ReactNode;
  labels?: Readonly<Record<string, string>>;
  act: (chairId: string) => Promise<SaveResult<T>>;
  onClose: () => void;
  onDone?: (value: T) => void;
}) {
  const { t } = useTranslation();
  const [chairId, setChairId] = useState(chairsOf(session)[0]?.memberId ?? '');
  const [pin, setPin] = useState('');
  const { issues, saving, submit } = useSaveForm(
    () => {
      const problem = chairProblem(session, chairId, pin);
      return problem ? Promise.resolve(refused<T>([problem])) : act(chairId);
    },
    (value) => {
      onDone?.(value);
      onClose();
    },
  );
  const allLabels = {
    chairId: t('sessions.conduct.chair.member'),
    pin: t('sessions.conduct.chair.pin'),
    ...SILENT_PATHS,
    ...labels,
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormIssues issues={issues.map((found) => localised(found, t))} labels={allLabels}>
          {children}
          <div className="form-grid">
            <ChairFields session={session} chairId={chairId} onChair={setChairId} pin={pin} onPin={setPin} />
          </div>
        </FormIssues>
        <FormActions onCancel={onClose} saving={saving} saveLabel={saveLabel} />
      </form>
    </Dialog>
  );
}
