/** Hands a text to the user as a file: Electron asks where to save it, a browser saves it to Downloads. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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

/** The backup file's name: `ocop-council-<date>.archive.json` (the demo workspace says so). */
export function backupFileName(workspace: string, today: string): string {
  return `ocop-council${workspace === 'main' ? '' : `-${workspace}`}-${today}.archive.json`;
}
