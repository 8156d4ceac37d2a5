import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CouncilSession,
  SessionProductSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/FormActions';
import { FormIssues } from '../../../components/form/FormIssues';
import { TextArea } from '../../../components/form/inputs';
import { useSaveForm } from '../../../components/form/useSaveForm';
import { localised } from './ActionIssues';
import { SILENT_PATHS } from './ChairDialog';

/** Excludes a product at the meeting (a knockout condition), with the reason, which is required. */
export function ExcludeDialog({
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
  const [reason, setReason] = useState('');
  const { issues, saving, submit } = useSaveForm(
    () => repositories.sessions.disqualify(session.id, product.productId, reason),
    onClose,
  );
  const labels = { ...SILENT_PATHS, disqualified: t('sessions.conduct.exclude.reason') };
  return (
    <Dialog title={t('sessions.conduct.exclude.title', { product: product.name })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate className="danger-form">
        <p className="muted">{t('sessions.conduct.exclude.intro')}</p>
        <FormIssues issues={issues.map((found) => localised(found, t))} labels={labels}>
          <TextArea
            label={labels.disqualified}
            path="disqualified"
            required
            hint={t('sessions.conduct.exclude.hint')}
            rows={4}
            value={reason}
            onChange={setReason}
          />
        </FormIssues>
        <FormActions onCancel={onClose} saving={saving} saveLabel={t('sessions.conduct.exclude.save')} />
      </form>
    </Dialog>
  );
}
