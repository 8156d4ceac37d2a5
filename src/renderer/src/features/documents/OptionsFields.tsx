import { useTranslation } from 'react-i18next';
import { SelectInput, TextInput } from '../../components/form/inputs';
import type { Language } from '../../../../shared/i18n/messages';
import type { OptionsDraft } from './options-draft';

/** What the batch prints besides the session: date, sequence numbers, the decision, the language. */
export function OptionsFields({
  draft,
  onChange,
  language,
  onLanguage,
  decisionNeeded,
  finalised,
}: {
  draft: OptionsDraft;
  onChange: (draft: OptionsDraft) => void;
  language: Language;
  onLanguage: (language: Language) => void;
  decisionNeeded: boolean;
  /** The decision is asked for only once the session is finalised (before, nothing prints it). */
  finalised: boolean;
}) {
  const { t } = useTranslation();
  const set = (field: keyof OptionsDraft) => (value: string) => onChange({ ...draft, [field]: value });
  return (
    <fieldset className="group">
      <legend>{t('documentsUi.options.legend')}</legend>
      <div className="form-grid">
        {finalised ? (
          <>
            <TextInput
              label={t('documentsUi.options.decisionNumber')}
              path="decisionNumber"
              value={draft.decisionNumber}
              onChange={set('decisionNumber')}
              hint={t('documentsUi.options.decisionHint')}
              required={decisionNeeded}
            />
            <TextInput
              label={t('documentsUi.options.decisionDate')}
              path="decisionDate"
              type="date"
              value={draft.decisionDate}
              onChange={set('decisionDate')}
              required={decisionNeeded}
            />
          </>
        ) : null}
        <TextInput
          label={t('documentsUi.options.date')}
          path="date"
          type="date"
          value={draft.date}
          onChange={set('date')}
          hint={t('documentsUi.options.dateHint')}
        />
        <TextInput
          label={t('documentsUi.options.minutesNumber')}
          path="minutes"
          value={draft.minutes}
          onChange={set('minutes')}
          hint={t('documentsUi.options.numberHint')}
        />
        <TextInput
          label={t('documentsUi.options.submissionNumber')}
          path="submission"
          value={draft.submission}
          onChange={set('submission')}
          hint={t('documentsUi.options.numberHint')}
        />
        <SelectInput<Language>
          label={t('documentsUi.options.language')}
          path="language"
          value={language}
          onChange={onLanguage}
          options={[
            { value: 'vi', label: t('documentsUi.options.languageVi') },
            { value: 'en', label: t('documentsUi.options.languageEn') },
          ]}
        />
      </div>
    </fieldset>
  );
}
