import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body, Member } from '../../../../../shared/domain/workspace/member.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { FormIssues } from '../../../components/form/FormIssues';
import { CheckboxInput, SelectInput, TextInput } from '../../../components/form/inputs';
import { useFocusFirst } from '../useFocusFirst';
import { memberDraftOf, memberInputOf, newMemberDraft, withRole, type MemberDraft } from './member-draft';
import { roleLabel, rolesOf } from './member-roles';
import { useSaveForm } from '../../../components/form/useSaveForm';

/** Adds a member to the council or its helper group, or edits one. */
export function MemberForm({
  body,
  member,
  defaultFrom,
  onSaved,
  onCancel,
  onEndTerm,
}: {
  body: Body;
  member: Member | null;
  defaultFrom: string;
  onSaved: (member: Member) => void;
  onCancel: () => void;
  onEndTerm: (member: Member) => void;
}) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const [draft, setDraft] = useState<MemberDraft>(() =>
    member ? memberDraftOf(member) : newMemberDraft(body, defaultFrom),
  );
  const form = useFocusFirst<HTMLFormElement>();
  const change = (patch: Partial<MemberDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const labels = {
    name: t('council.members.fields.name'),
    role: t('council.members.fields.role'),
    title: t('council.members.fields.title'),
    organisation: t('council.members.fields.organisation'),
    phone: t('council.members.fields.phone'),
    activeFrom: t('council.members.fields.activeFrom'),
    activeTo: t('council.members.fields.activeTo'),
  };

  const { issues, saving, submit } = useSaveForm(async () => {
    return repositories.members.save(memberInputOf(draft, body, member?.id));
  }, onSaved);

  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
      <FormIssues issues={issues} labels={labels}>
        <div className="form-grid">
          <TextInput
            label={labels.name}
            path="name"
            required
            value={draft.name}
            onChange={(name) => change({ name })}
          />
          <SelectInput
            label={labels.role}
            path="role"
            value={draft.role}
            onChange={(role) => change(withRole(draft, body, role))}
            options={rolesOf(body).map((role) => ({ value: role, label: roleLabel(role, body, t) }))}
          />
          <TextInput
            label={labels.title}
            path="title"
            hint={t('council.members.fields.titleHint')}
            value={draft.title}
            onChange={(title) => change({ title })}
          />
          <TextInput
            label={labels.organisation}
            path="organisation"
            value={draft.organisation}
            onChange={(organisation) => change({ organisation })}
          />
          <TextInput
            label={labels.phone}
            path="phone"
            type="tel"
            value={draft.phone}
            onChange={(phone) => change({ phone })}
          />
          {body === 'council' ? (
            <div className="form-field">
              <CheckboxInput
                label={t('council.members.fields.scores')}
                checked={draft.scores}
                onChange={(scores) => change({ scores })}
              />
            </div>
          ) : null}
          <TextInput
            label={labels.activeFrom}
            path="activeFrom"
            type="date"
            required
            value={draft.activeFrom}
            onChange={(activeFrom) => change({ activeFrom })}
          />
          <TextInput
            label={labels.activeTo}
            path="activeTo"
            type="date"
            hint={t('council.members.fields.activeToHint')}
            value={draft.activeTo}
            onChange={(activeTo) => change({ activeTo })}
          />
        </div>
        <div className="form-actions">
          {member && member.activeTo === null ? (
            <button type="button" className="button secondary" onClick={() => onEndTerm(member)}>
              {t('council.members.endTerm')}
            </button>
          ) : null}
          <span className="spacer" />
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button" disabled={saving}>
            {t('common.save')}
          </button>
        </div>
      </FormIssues>
    </form>
  );
}
