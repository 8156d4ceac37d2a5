import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Opens a file chooser for a rubric pack or a completed set (JSON). */
export function ImportRubricButton({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div>
      <button
        type="button"
        className="button secondary"
        title={t('rubric.import.hint')}
        onClick={() => input.current?.click()}
      >
        {t('rubric.import.button')}
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        aria-label={t('rubric.import.button')}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
