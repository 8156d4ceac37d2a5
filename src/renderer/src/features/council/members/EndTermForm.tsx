import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../../shared/domain/dates/iso-date';
import type { Member } from '../../../../../shared/domain/workspace/member.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { FormActions } from '../../../components/FormActions';
import { FormIssues } from '../../../components/form/FormIssues';
import { TextInput } from '../../../components/form/inputs';
import { useFocusFirst } from '../useFocusFirst';
import { memberDraftOf, memberInputOf } from './member-draft';
import { useSaveForm } from '../../../components/form/useSaveForm';

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
  const form = useFocusFirst<HTMLFormElement>();

  const { issues, saving, submit } = useSaveForm(async () => {
    const input = { ...memberInputOf(memberDraftOf(member), member.body, member.id), activeTo: date as IsoDate };
    return repositories.members.save(input);
  }, onSaved);

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
