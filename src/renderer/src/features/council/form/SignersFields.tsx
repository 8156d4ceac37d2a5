import { useTranslation } from 'react-i18next';
import { SIGNER_ROLES } from '../../../../../shared/domain/workspace/council-setup';
import { TextArea, TextInput } from '../../../components/form/inputs';
import { signerPath, type CouncilDraft, type DraftChange } from './council-draft';

/** Who signs the council's documents: the title printed above the signature, and the name below it. */
export function SignersFields({ draft, onChange }: { draft: CouncilDraft; onChange: DraftChange }) {
  const { t } = useTranslation();
  const set = (role: (typeof SIGNER_ROLES)[number], field: 'title' | 'name', value: string) =>
    onChange({ signers: { ...draft.signers, [role]: { ...draft.signers[role], [field]: value } } });
  return (
    <fieldset className="group">
      <legend>{t('council.fields.signers')}</legend>
      <p className="field-hint">{t('council.fields.signersHint')}</p>
      {SIGNER_ROLES.map((role) => (
        <div key={role} className="signer-row">
          <div className="signer-role">{t(`council.signerRole.${role}`)}</div>
          <TextArea
            label={t('council.fields.signerTitle')}
            path={signerPath(role, 'title')}
            rows={2}
            value={draft.signers[role].title}
            onChange={(value) => set(role, 'title', value)}
          />
          <TextInput
            label={t('council.fields.signerName')}
            path={signerPath(role, 'name')}
            value={draft.signers[role].name}
            onChange={(value) => set(role, 'name', value)}
          />
        </div>
      ))}
    </fieldset>
  );
}
