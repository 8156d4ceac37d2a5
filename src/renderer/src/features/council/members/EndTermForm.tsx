import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../../shared/domain/dates/iso-date';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import type { Member } from '../../../../../shared/domain/workspace/member.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { FormActions } from '../../../components/FormActions';
import { FormIssues } from '../../../components/form/FormIssues';
import { TextInput } from '../../../components/form/inputs';
import { useFocusFirst } from '../useFocusFirst';
import { memberDraftOf, memberInputOf } from './member-draft';

/**
 * Ends a member's term (sets the last day they serve) rather than deleting them: the minutes and the
 * sessions they took part in keep their name.
 */
export function EndTermForm({
  member,
  onSaved,
  onCancel,
}: {
  member: Member;
  onSaved: (member: Member) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { repositories, today } = useWorkspace();
  const [date, setDate] = useState<string>(today < member.activeFrom ? member.activeFrom : today);
  const [issues, setIssues] = useState<readonly DomainIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const form = useFocusFirst<HTMLFormElement>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const input = { ...memberInputOf(memberDraftOf(member), member.body, member.id), activeTo: date as IsoDate };
    const result = await repositories.members.save(input);
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setIssues(result.issues);
  };

  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
      <p className="council-dialog-intro">{t('council.members.endTermIntro')}</p>
      <FormIssues issues={issues} labels={{ activeTo: t('council.members.endTermDate') }}>
        <TextInput
          label={t('council.members.endTermDate')}
          path="activeTo"
          type="date"
          required
          value={date}
          onChange={setDate}
        />
        <FormActions saving={saving} onCancel={onCancel} saveLabel={t('council.members.endTermSave')} />
      </FormIssues>
    </form>
  );
}
