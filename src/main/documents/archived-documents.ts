import { readFile, stat } from 'node:fs/promises';
import type { ArchivedDocumentView, GeneratedDocument } from '../../shared/ipc/contract';
import { fileSha256, writeFileAtomic } from './atomic-file';
import { readDocumentIndex } from './document-index';
import { pathInside, sessionDocumentsDir } from './safe-names';

/** The largest file `documents:read` hands to the renderer (a certificate pack of a big session fits). */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

export class DocumentNotFoundError extends Error {}

/**
 * A session's archived documents as its index lists them, each checked against the file on disk now:
 * `ok` when the SHA-256 still matches, `changed` when it does not, `missing` when the file is gone.
 */
export async function listArchivedDocuments(dataDir: string, sessionId: string): Promise<ArchivedDocumentView[]> {
  const dir = sessionDocumentsDir(dataDir, sessionId);
  const index = await readDocumentIndex(dir, sessionId);
  return Promise.all(
    index.files.map(async (entry) => {
      const file = pathInside(dir, entry.file);
      const hash = file ? await fileSha256(file) : null;
      const state = hash === null ? 'missing' : hash === entry.sha256 ? 'ok' : 'changed';
      return { ...entry, state };
    }),
  );
}

/**
 * The path of an archived document, only for a file the session's index lists (the renderer cannot name
 * anything else), and only when it is on disk.
 */
export async function archivedDocumentPath(
  dataDir: string,
  sessionId: string,
  name: string,
): Promise<{ path: string; entry: GeneratedDocument }> {
  const dir = sessionDocumentsDir(dataDir, sessionId);
  const index = await readDocumentIndex(dir, sessionId);
  const entry = index.files.find((f) => f.file === name);
  const file = entry ? pathInside(dir, entry.file) : null;
  if (!entry || !file) throw new DocumentNotFoundError(`${name} is not among the documents of session ${sessionId}`);
  try {
    if (!(await stat(file)).isFile()) throw new DocumentNotFoundError(`${name} is not a file`);
  } catch (error) {
    if (error instanceof DocumentNotFoundError) throw error;
    throw new DocumentNotFoundError(`${name} is missing from the archive`);
  }
  return { path: file, entry };
}

/** An archived document's bytes as base64, for a download or a preview in the renderer. */
export async function readArchivedDocument(
  dataDir: string,
  sessionId: string,
  name: string,
): Promise<{ fileName: string; base64: string }> {
  const { path } = await archivedDocumentPath(dataDir, sessionId, name);
  if ((await stat(path)).size > MAX_READ_BYTES) throw new Error(`${name} is larger than ${MAX_READ_BYTES} bytes`);
  return { fileName: name, base64: (await readFile(path)).toString('base64') };
}

/**
 * Copies archived documents into a folder the user chose, each file whole (temporary file, then rename).
 * Only files whose content still matches the index are copied: a changed or missing file is reported
 * back, not passed on.
 */
export async function copyArchivedDocuments(
  dataDir: string,
  sessionId: string,
  names: readonly string[],
  folder: string,
): Promise<{ copied: string[]; skipped: string[] }> {
  const listed = new Map((await listArchivedDocuments(dataDir, sessionId)).map((d) => [d.file, d]));
  const dir = sessionDocumentsDir(dataDir, sessionId);
  const copied: string[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    const entry = listed.get(name);
    const from = entry ? pathInside(dir, entry.file) : null;
    const to = entry ? pathInside(folder, entry.file) : null;
    if (!entry || entry.state !== 'ok' || !from || !to) {
      skipped.push(name);
      continue;
    }
    await writeFileAtomic(to, await readFile(from));
    copied.push(name);
  }
  return { copied, skipped };
}
