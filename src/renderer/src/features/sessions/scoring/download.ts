/** Hands a JSON text to the user as a file (Electron asks where to save it, a browser saves it to Downloads). */
export function downloadJson(fileName: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
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

/** The parsed JSON of a chosen file, or why it could not be read (as an issue key and detail). */
export async function readJsonFile(
  file: Blob,
): Promise<{ ok: true; value: unknown } | { ok: false; key: 'json' | 'fileUnreadable'; detail: string }> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, key: 'fileUnreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, key: 'json', detail: error instanceof Error ? error.message : String(error) };
  }
}
