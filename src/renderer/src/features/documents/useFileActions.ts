import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { council } from '../../app/council-client';
import { useChooseFolder } from './FolderChoice';
import { detailOf } from './useDocumentJob';

export interface ActionMessage {
  readonly tone: 'success' | 'warning' | 'error';
  readonly text: string;
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Hands a PDF from the archive to the user as a download (Electron asks where to save it). */
function downloadPdf(fileName: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
        downloadPdf(read.fileName, read.base64);
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
