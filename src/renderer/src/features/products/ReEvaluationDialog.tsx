import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reEvaluationWindow } from '../../../../shared/domain/certificates/certificate-validity';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import type { Certificate } from '../../../../shared/domain/workspace/certificate.schema';
import { useWorkspace } from '../../app/workspace-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormIssues } from '../../components/form/FormIssues';
import { TextInput } from '../../components/form/inputs';
import { useProductsFormat } from './useProductsFormat';
import { useSaveForm } from '../../components/form/useSaveForm';

/** Notes that the holder applied for re-evaluation (which, under 26/2026, keeps the certificate in grace). */
export function ReEvaluationDialog({
  certificate,
  productName,
  onClose,
  onSaved,
}: {
  certificate: Certificate;
  productName: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { repositories, today } = useWorkspace();
  const format = useProductsFormat();
  const [on, setOn] = useState<string>(today);
  const window = reEvaluationWindow(certificate.validUntil);
  const labels = { reEvaluationAppliedOn: t('products.certificate.applyOn') };

  const { issues, saving, submit } = useSaveForm(
    async () => {
      return repositories.certificates.applyForReEvaluation(certificate.id, on as IsoDate);
    },
    () => onSaved(),
  );

  return (
    <Dialog title={t('products.certificate.applyTitle', { product: productName })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">
          {t('products.certificate.applyIntro', {
            opens: format.date(window.opens),
            closes: format.date(window.closes),
          })}
        </p>
        <FormIssues issues={issues} labels={labels}>
          <div className="form-grid">
            <TextInput
              label={labels.reEvaluationAppliedOn}
              path="reEvaluationAppliedOn"
              type="date"
              required
              value={on}
              onChange={setOn}
            />
          </div>
        </FormIssues>
        <FormActions onCancel={onClose} saving={saving} />
      </form>
    </Dialog>
  );
}
