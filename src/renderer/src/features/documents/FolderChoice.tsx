import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenFolder } from '../../../../shared/ipc/contract';
import { council } from '../../app/council-client';
import { detailOf } from './useDocumentJob';

/** Asks main's folder dialog for a folder; the screen keeps only its token and shows its path. */
export function useChooseFolder() {
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async (): Promise<ChosenFolder | null> => {
    setProblem(null);
    try {
      return await council.documentsChooseFolder();
    } catch (error) {
      setProblem(detailOf(error));
      return null;
    }
  };
  return { choose, problem };
}

/** "Lưu thêm một bản vào thư mục": the folder chosen for this batch, if any. */
export function FolderChoice({
  folder,
  onChange,
}: {
  folder: ChosenFolder | null;
  onChange: (folder: ChosenFolder | null) => void;
}) {
  const { t } = useTranslation();
  const { choose, problem } = useChooseFolder();
  return (
    <fieldset className="group documents-folder">
      <legend>{t('documentsUi.options.saveCopy')}</legend>
      <p className={folder ? 'folder-path' : 'muted'}>
        {folder ? t('documentsUi.options.folder', { folder: folder.path }) : t('documentsUi.options.noFolder')}
      </p>
      <div className="kinds-actions">
        <button
          type="button"
          className="button small secondary"
          onClick={() => void choose().then((chosen) => chosen && onChange(chosen))}
        >
          {folder ? t('documentsUi.options.changeFolder') : t('documentsUi.options.chooseFolder')}
        </button>
        {folder ? (
          <button type="button" className="button small secondary" onClick={() => onChange(null)}>
            {t('documentsUi.options.clearFolder')}
          </button>
        ) : null}
      </div>
      {problem ? <p className="field-error">{t('documentsUi.files.actionFailed', { detail: problem })}</p> : null}
    </fieldset>
  );
}
