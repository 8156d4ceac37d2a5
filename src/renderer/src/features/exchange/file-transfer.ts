import { downloadBase64 } from '../../components/download';
import { XLSX_MIME } from '../../../../shared/domain/exchange/export-data';

/** A file's bytes as base64, the form they take to main (IPC and the test binding carry strings well). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

/**
 * Hands a file made by main to the user as a download: Electron asks where to save it, a browser saves
 * it to its downloads folder.
 */
export function downloadFile(fileName: string, base64: string, type = XLSX_MIME): void {
  downloadBase64(fileName, base64, type);
}
