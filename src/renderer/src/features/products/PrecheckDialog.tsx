import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import type { Dossier } from '../../../../shared/domain/workspace/dossier.schema';
import { useWorkspace } from '../../app/workspace-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormIssues } from '../../components/form/FormIssues';
import { TextArea, TextInput } from '../../components/form/inputs';
import type { PrecheckInput } from '../../db/dossiers.repository';
import { useProductsSetup } from './products-setup';
import { useSaveForm } from '../../components/form/useSaveForm';

type Outcome = PrecheckInput['outcome'];
const OUTCOMES: readonly Outcome[] = ['complete', 'returned', 'disqualified'];

/**
 * The helper group's pre-check: complete, returned for completion (what to complete, required) or
 * disqualified (why, required), on a date. Each check is added to the dossier's history.
 */
export function PrecheckDialog({
  dossier,
  productName,
  onClose,
  onSaved,
}: {
  dossier: Dossier;
  productName: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { repositories, today } = useWorkspace();
  const { helperGroupName } = useProductsSetup();
  const [outcome, setOutcome] = useState<Outcome>('complete');
  const [on, setOn] = useState<string>(today);
  const [notes, setNotes] = useState('');
  const labels = {
    'precheck.outcome': t('products.precheck.outcome'),
    'precheck.on': t('products.precheck.on'),
    'precheck.notes': t(`products.precheck.notes.${outcome}`),
  };

  const { issues, saving, submit } = useSaveForm(
    async () => {
      return repositories.dossiers.precheck(dossier.id, { outcome, on: on as IsoDate, notes });
    },
    () => onSaved(),
  );

  return (
    <Dialog title={t('products.precheck.title', { product: productName })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">{t('products.precheck.intro', { group: helperGroupName })}</p>
        <FormIssues issues={issues} labels={labels}>
          <fieldset className="group radio-group">
            <legend>{labels['precheck.outcome']}</legend>
            {OUTCOMES.map((value) => (
              <label key={value} className={`radio-field outcome-${value}`}>
                <input
                  type="radio"
                  name="outcome"
                  value={value}
                  checked={outcome === value}
                  onChange={() => setOutcome(value)}
                />
                <span>{t(`products.precheck.outcomes.${value}`)}</span>
              </label>
            ))}
          </fieldset>
          <div className="form-grid">
            <TextInput
              label={labels['precheck.on']}
              path="precheck.on"
              type="date"
              required
              value={on}
              onChange={setOn}
            />
            <div className="wide">
              <TextArea
                label={labels['precheck.notes']}
                path="precheck.notes"
                required={outcome !== 'complete'}
                hint={t(`products.precheck.notesHint.${outcome}`)}
                rows={4}
                value={notes}
                onChange={setNotes}
              />
            </div>
          </div>
          {outcome === 'returned' ? <p className="field-hint">{t('products.precheck.again')}</p> : null}
        </FormIssues>
        <FormActions onCancel={onClose} saving={saving} saveLabel={t('products.precheck.save')} />
      </form>
    </Dialog>
  );
}
