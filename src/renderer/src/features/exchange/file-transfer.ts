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

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Hands a file made by main to the user as a download: Electron asks where to save it, a browser saves
 * it to its downloads folder.
 */
export function downloadFile(fileName: string, base64: string, type = XLSX_MIME): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; free it a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
