import { useTranslation } from 'react-i18next';

/** Save and cancel at the foot of a form; Enter in a field submits. */
export function FormActions({
  onCancel,
  saving = false,
  saveLabel,
}: {
  onCancel: () => void;
  saving?: boolean;
  saveLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="button" className="button secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="button" disabled={saving}>
        {saveLabel ?? t('common.save')}
      </button>
    </div>
  );
}
