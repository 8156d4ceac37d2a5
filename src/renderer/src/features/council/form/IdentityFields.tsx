import { useTranslation } from 'react-i18next';
import { TextInput } from '../../../components/form/inputs';
import { withUnitName, type CouncilDraft, type DraftChange } from './council-draft';

/** Who the council is: its unit, name, issuing authority, establishing decision and document names. */
export function IdentityFields({ draft, onChange }: { draft: CouncilDraft; onChange: DraftChange }) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="group">
        <legend>{t('council.fields.identity')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('council.fields.unitName')}
            path="unitName"
            hint={t('council.fields.unitNameHint')}
            required
            value={draft.unitName}
            onChange={(unitName) => onChange(withUnitName(draft, unitName))}
          />
          <TextInput
            label={t('council.fields.placeName')}
            path="placeName"
            hint={t('council.fields.placeNameHint', { place: draft.placeName.trim() || '…' })}
            required
            value={draft.placeName}
            onChange={(placeName) => onChange({ placeName })}
          />
          <div className="wide">
            <TextInput
              label={t('council.fields.councilName')}
              path="councilName"
              hint={t('council.fields.councilNameHint')}
              required
              value={draft.councilName}
              onChange={(councilName) => onChange({ councilName })}
            />
          </div>
          <div className="wide">
            <TextInput
              label={t('council.fields.authority')}
              path="authority"
              hint={t('council.fields.authorityHint')}
              required
              value={draft.authority}
              onChange={(authority) => onChange({ authority })}
            />
          </div>
          <TextInput
            label={t('council.fields.helperGroupName')}
            path="helperGroupName"
            hint={t('council.fields.helperGroupNameHint')}
            required
            value={draft.helperGroupName}
            onChange={(helperGroupName) => onChange({ helperGroupName })}
          />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>{t('council.fields.decision')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('council.fields.decisionNumber')}
            path="establishingDecision.number"
            hint={t('council.fields.decisionNumberHint')}
            required
            value={draft.decisionNumber}
            onChange={(decisionNumber) => onChange({ decisionNumber })}
          />
          <TextInput
            label={t('council.fields.decisionDate')}
            path="establishingDecision.date"
            type="date"
            required
            value={draft.decisionDate}
            onChange={(decisionDate) => onChange({ decisionDate })}
          />
        </div>
      </fieldset>
    </>
  );
}
