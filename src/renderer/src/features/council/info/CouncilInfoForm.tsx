import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import type { Council } from '../../../../../shared/domain/workspace/council.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { FormActions } from '../../../components/FormActions';
import { FormIssues } from '../../../components/form/FormIssues';
import { TextArea } from '../../../components/form/inputs';
import { checkDraft, councilInputOf, draftOf, issuesOf, withProfile, type CouncilDraft } from '../form/council-draft';
import { useCouncilLabels } from '../form/council-labels';
import { stillOpen } from '../form/still-open';
import { IdentityFields } from '../form/IdentityFields';
import { ProfileChoice } from '../form/ProfileChoice';
import { RulesFields } from '../form/RulesFields';
import { SignersFields } from '../form/SignersFields';
import { useFocusFirst } from '../useFocusFirst';

/** Edits every setting of the council; nothing is saved while a field is wrong. */
export function CouncilInfoForm({ council, onDone }: { council: Council; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const { repositories, changed } = useWorkspace();
  const labels = useCouncilLabels();
  const [draft, setDraft] = useState<CouncilDraft>(() => draftOf(council));
  const [issues, setIssues] = useState<readonly DomainIssue[]>([]);
  const [refusals, setRefusals] = useState(0);
  const [saving, setSaving] = useState(false);
  const form = useFocusFirst<HTMLFormElement>();
  const change = (patch: Partial<CouncilDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setIssues((shown) => stillOpen(shown, checkDraft(next, 'all')));
  };
  const refuse = (found: readonly DomainIssue[]) => {
    setIssues(found);
    setRefusals((count) => count + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkDraft(draft, 'all');
    if (found.length > 0) {
      refuse(found);
      return;
    }
    setSaving(true);
    const result = await repositories.council.save(councilInputOf(draft));
    setSaving(false);
    if (!result.ok) {
      refuse(issuesOf(draft, result.issues));
      return;
    }
    changed();
    onDone(true);
  };

  return (
    <form
      ref={form}
      className="council-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={t('council.info.editTitle')}
    >
      <h2>{t('council.info.editTitle')}</h2>
      <FormIssues issues={issues} labels={labels} focusKey={refusals}>
        <ProfileChoice value={draft.profile} onChange={(profile) => change(withProfile(draft, profile))} />
        <IdentityFields draft={draft} onChange={change} />
        <RulesFields draft={draft} onChange={change} />
        <SignersFields draft={draft} onChange={change} />
        <TextArea
          label={t('council.fields.notes')}
          path="notes"
          value={draft.notes}
          onChange={(notes) => change({ notes })}
        />
        <FormActions saving={saving} onCancel={() => onDone(false)} />
      </FormIssues>
    </form>
  );
}
