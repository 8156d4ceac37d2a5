import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Council } from '../../../../../shared/domain/workspace/council.schema';
import { issuesFromZod } from '../../../../../shared/domain/issues/from-zod';
import { roundSchema, roundStatusSchema, type Round } from '../../../../../shared/domain/workspace/round.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { FormActions } from '../../../components/FormActions';
import { FormIssues } from '../../../components/form/FormIssues';
import { NumberInput, SelectInput, TextInput } from '../../../components/form/inputs';
import { useFocusFirst } from '../useFocusFirst';
import { newRoundDraft, roundDraftOf, roundInputOf, withYearOrNumber, type RoundDraft } from './round-draft';
import { useSaveForm } from '../../../components/form/useSaveForm';

/** The fields the form edits, checked before the repository looks the year and number up. */
const roundFields = roundSchema.pick({ year: true, number: true, deadline: true, dossiersBy: true, status: true });

/** Adds an evaluation round (prefilled with the profile's default dates) or edits one. */
export function RoundForm({
  council,
  round,
  rounds,
  year,
  onSaved,
  onCancel,
}: {
  council: Council;
  round: Round | null;
  rounds: readonly Round[];
  year: number;
  onSaved: (round: Round) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const profile = round?.profile ?? council.profile;
  const [draft, setDraft] = useState<RoundDraft>(() =>
    round ? roundDraftOf(round) : newRoundDraft(profile, rounds, year),
  );
  const form = useFocusFirst<HTMLFormElement>();
  const labels = {
    year: t('council.rounds.fields.year'),
    number: t('council.rounds.fields.number'),
    deadline: t('council.rounds.fields.deadline'),
    dossiersBy: t('council.rounds.fields.dossiersBy'),
    status: t('council.rounds.fields.status'),
  };
  const moveTo = (patch: { year?: number; number?: number }) =>
    setDraft((current) => (round ? { ...current, ...patch } : withYearOrNumber(current, patch, profile, rounds)));
  const hasDefaults = newRoundDraft(profile, [], draft.year).deadline !== '';

  const { issues, saving, submit } = useSaveForm(async () => {
    const { id: _id, profile: _profile, ...fields } = roundInputOf(draft, profile, round?.id);
    const checked = roundFields.safeParse(fields);
    if (!checked.success) return { ok: false, issues: issuesFromZod(checked.error) };
    return repositories.rounds.save(roundInputOf(draft, profile, round?.id));
  }, onSaved);

  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
      <p className="council-dialog-intro">
        {hasDefaults
          ? t('council.rounds.prefilled', { profile: t(`profile.${profile}`) })
          : t('council.rounds.noDefault')}
      </p>
      <FormIssues issues={issues} labels={labels}>
        <div className="form-grid">
          <NumberInput
            label={labels.year}
            path="year"
            required
            min={2018}
            max={2100}
            value={draft.year}
            onChange={(value) => moveTo({ year: value })}
          />
          <NumberInput
            label={labels.number}
            path="number"
            required
            min={1}
            max={12}
            value={draft.number}
            onChange={(value) => moveTo({ number: value })}
          />
          <TextInput
            label={labels.dossiersBy}
            path="dossiersBy"
            type="date"
            hint={t('council.rounds.fields.dossiersByHint')}
            value={draft.dossiersBy}
            onChange={(dossiersBy) => setDraft((current) => ({ ...current, dossiersBy }))}
          />
          <TextInput
            label={labels.deadline}
            path="deadline"
            type="date"
            required
            value={draft.deadline}
            onChange={(deadline) => setDraft((current) => ({ ...current, deadline }))}
          />
          <SelectInput
            label={labels.status}
            path="status"
            value={draft.status}
            onChange={(status) => setDraft((current) => ({ ...current, status }))}
            options={roundStatusSchema.options.map((status) => ({
              value: status,
              label: t(`council.rounds.status.${status}`),
            }))}
          />
        </div>
        <FormActions saving={saving} onCancel={onCancel} />
      </FormIssues>
    </form>
  );
}
