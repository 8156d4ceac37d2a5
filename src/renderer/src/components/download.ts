/**
 * Handing a file to the user as a download: Electron asks where to save it, a browser saves it to its
 * downloads folder. Every download of the renderer goes through here.
 */

/** Starts the download of a blob under a file name. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
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

/** A text as a file (JSON unless said otherwise). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** A value as a pretty-printed JSON file. */
export function downloadJson(fileName: string, value: unknown): void {
  downloadText(fileName, `${JSON.stringify(value, null, 2)}\n`);
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** A file made by main, carried over IPC as base64. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  downloadBlob(fileName, new Blob([base64ToBytes(base64)], { type }));
}
