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
