import { useTranslation } from 'react-i18next';
import { FileButton } from '../../components/FileButton';

/** Opens a file chooser for a rubric pack or a completed set (JSON). */
export function ImportRubricButton({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation();
  return (
    <div>
      <FileButton label={t('rubric.import.button')} title={t('rubric.import.hint')} onFile={onFile} />
    </div>
  );
}
