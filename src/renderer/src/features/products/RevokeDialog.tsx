import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import { REVOCATION_GROUNDS, type Certificate } from '../../../../shared/domain/workspace/certificate.schema';
import { useWorkspace } from '../../app/workspace-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormIssues } from '../../components/form/FormIssues';
import { TextArea, TextInput } from '../../components/form/inputs';
import { useProductsFormat } from './useProductsFormat';
import { useSaveForm } from '../../components/form/useSaveForm';

/** Revokes a certificate on one of the six grounds of QĐ 26/2026 art. 8, by a decision of its own. */
export function RevokeDialog({
  certificate,
  onClose,
  onSaved,
}: {
  certificate: Certificate;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { repositories, today } = useWorkspace();
  const format = useProductsFormat();
  const [ground, setGround] = useState<number>(Number.NaN);
  const [decisionNumber, setDecisionNumber] = useState('');
  const [date, setDate] = useState<string>(today);
  const [note, setNote] = useState('');
  const labels = {
    ground: t('products.certificate.ground'),
    decisionNumber: t('products.certificate.revocationNumber'),
    date: t('products.certificate.revocationDate'),
    note: t('products.certificate.revocationNote'),
  };

  const { issues, saving, submit } = useSaveForm(
    async () => {
      return repositories.certificates.revoke(certificate.id, { ground, decisionNumber, date: date as IsoDate, note });
    },
    () => onSaved(),
  );
  const groundIssue = issues.find((found) => found.path[0] === 'ground');

  return (
    <Dialog title={t('products.certificate.revokeTitle', { number: certificate.certificateNumber })} onClose={onClose}>
      <form className="danger-form" onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">{t('products.certificate.revokeIntro')}</p>
        <FormIssues issues={issues} labels={labels}>
          <fieldset className={`group radio-group${groundIssue ? ' invalid' : ''}`}>
            <legend>
              {labels.ground}
              <span className="required-mark"> *</span>
            </legend>
            {REVOCATION_GROUNDS.map((value) => (
              <label key={value} className="radio-field">
                <input
                  type="radio"
                  name="ground"
                  value={value}
                  checked={ground === value}
                  onChange={() => setGround(value)}
                />
                <span>
                  <strong>{value}.</strong> {format.ground(value)}
                </span>
              </label>
            ))}
            {groundIssue ? (
              <div className="field-error">{t(`issue.${groundIssue.key}` as never, groundIssue.params)}</div>
            ) : null}
          </fieldset>
          <div className="form-grid">
            <TextInput
              label={labels.decisionNumber}
              path="decisionNumber"
              required
              value={decisionNumber}
              onChange={setDecisionNumber}
            />
            <TextInput label={labels.date} path="date" type="date" required value={date} onChange={setDate} />
            <div className="wide">
              <TextArea label={labels.note} path="note" rows={2} value={note} onChange={setNote} />
            </div>
          </div>
        </FormIssues>
        <FormActions onCancel={onClose} saving={saving} saveLabel={t('products.certificate.saveRevocation')} />
      </form>
    </Dialog>
  );
}
