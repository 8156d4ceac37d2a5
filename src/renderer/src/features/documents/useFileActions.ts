import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { council } from '../../app/council-client';
import { downloadBase64 } from '../../components/download';
import { useChooseFolder } from './FolderChoice';
import { detailOf } from './useDocumentJob';

export interface ActionMessage {
  readonly tone: 'success' | 'warning' | 'error';
  readonly text: string;
}

/**
 * What can be done with a session's archived files: open one in the system's PDF viewer (where it is
 * printed), download it, or copy several into a folder chosen in main's dialog. Each says how it went.
 */
export function useFileActions(sessionId: string) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const { choose } = useChooseFolder();
  const failed = useCallback(
    (error: unknown) =>
      setMessage({ tone: 'error', text: t('documentsUi.files.actionFailed', { detail: detailOf(error) }) }),
    [t],
  );

  const open = useCallback(
    async (file: string, print: boolean) => {
      try {
        await council.documentsOpen({ sessionId, file });
        setMessage({
          tone: 'success',
          text: t(print ? 'documentsUi.files.printHint' : 'documentsUi.files.opened', { file }),
        });
      } catch (error) {
        failed(error);
      }
    },
    [sessionId, t, failed],
  );

  const download = useCallback(
    async (file: string) => {
      try {
        const read = await council.documentsRead({ sessionId, file });
        downloadBase64(read.fileName, read.base64, 'application/pdf');
        setMessage(null);
      } catch (error) {
        failed(error);
      }
    },
    [sessionId, failed],
  );

  const saveAll = useCallback(
    async (files: readonly string[]) => {
      const folder = await choose();
      if (!folder) return;
      try {
        const result = await council.documentsCopyToFolder({ sessionId, files: [...files], folderToken: folder.token });
        const saved = t('documentsUi.files.saved', { count: result.copied.length, folder: result.folder });
        const skipped =
          result.skipped.length > 0
            ? ` ${t('documentsUi.files.savedSkipped', { count: result.skipped.length, files: result.skipped.join(', ') })}`
            : '';
        setMessage({ tone: result.skipped.length > 0 ? 'warning' : 'success', text: `${saved}${skipped}` });
      } catch (error) {
        failed(error);
      }
    },
    [choose, sessionId, t, failed],
  );

  return { message, open, download, saveAll, clear: () => setMessage(null) };
}
