import { useTranslation } from 'react-i18next';
import { markerRuleSchema } from '../../../../../shared/domain/session/session-file.schema';
import { COMMON_QUORUM_FRACTIONS, commonFraction } from '../../../../../shared/domain/workspace/council-strength';
import { CheckboxInput, NumberInput, SelectInput } from '../../../components/form/inputs';
import { useLanguage } from '../useLanguage';
import type { CouncilDraft, DraftChange } from './council-draft';
import { quorumOptionText } from './quorum-text';
import { RadioCards } from './RadioCards';

/** The council's rules of procedure (Quy chế): quorum, the chair, the spread threshold, the marker rule. */
export function RulesFields({ draft, onChange }: { draft: CouncilDraft; onChange: DraftChange }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fractions = COMMON_QUORUM_FRACTIONS.map(([n, d]) => n / d);
  if (!commonFraction(draft.quorumFraction)) fractions.push(draft.quorumFraction);
  return (
    <>
      <fieldset className="group">
        <legend>{t('council.fields.rules')}</legend>
        <div className="form-grid">
          <div>
            <SelectInput
              label={t('council.fields.quorum')}
              path="rules.quorumFraction"
              value={String(draft.quorumFraction)}
              onChange={(value) => onChange({ quorumFraction: Number(value) })}
              options={fractions
                .sort((a, b) => a - b)
                .map((fraction) => ({ value: String(fraction), label: quorumOptionText(fraction, language, t) }))}
            />
            <CheckboxInput
              label={t('council.fields.chairRequired')}
              checked={draft.chairRequired}
              onChange={(chairRequired) => onChange({ chairRequired })}
            />
          </div>
          <NumberInput
            label={t('council.fields.spreadThreshold')}
            path="rules.spreadThreshold"
            hint={t('council.fields.spreadThresholdHint')}
            required
            min={0}
            max={100}
            step={0.5}
            value={draft.spreadThreshold}
            onChange={(spreadThreshold) => onChange({ spreadThreshold })}
          />
        </div>
      </fieldset>
      <RadioCards
        legend={t('council.fields.markerRule')}
        value={draft.markerRule}
        onChange={(markerRule) => onChange({ markerRule })}
        options={markerRuleSchema.options.map((rule) => ({
          value: rule,
          title: t(`council.markerRule.${rule}.title`),
          line: t(`council.markerRule.${rule}.explain`),
        }))}
      />
    </>
  );
}
