import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { GeneratedDocument } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';
import { isSafeFileName } from './safe-names';

export const DOCUMENT_INDEX_FILE = 'documents.json';
export const DOCUMENT_INDEX_FORMAT = 'ocop-council/documents-index@1';

const entrySchema = z.strictObject({
  file: z.string().refine(isSafeFileName),
  kind: z.string().min(1).max(60),
  pages: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  generatedAt: z.string().min(1).max(40),
  resultVersion: z.number().int().min(1).nullable(),
});

const indexSchema = z.strictObject({
  format: z.literal(DOCUMENT_INDEX_FORMAT),
  sessionId: z.string().min(1).max(100),
  files: z.array(entrySchema),
});

export type DocumentIndex = z.infer<typeof indexSchema>;

/**
 * The index of a session's archived documents (`documents.json` in its folder): one entry per file name,
 * sorted by name. Empty when there is none yet. A file that does not parse is an error, not an empty
 * index: writing over it would lose the record of every document before.
 */
export async function readDocumentIndex(dir: string, sessionId: string): Promise<DocumentIndex> {
  let text: string;
  try {
    text = await readFile(path.join(dir, DOCUMENT_INDEX_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { format: DOCUMENT_INDEX_FORMAT, sessionId, files: [] };
    }
    throw error;
  }
  const parsed = indexSchema.safeParse(JSON.parse(text));
  if (!parsed.success || parsed.data.sessionId !== sessionId) {
    throw new Error(`${path.join(dir, DOCUMENT_INDEX_FILE)} is not a document index of session ${sessionId}`);
  }
  return parsed.data;
}

/** The index with `entries` added, replacing any entry of the same file name. */
export function mergeEntries(index: DocumentIndex, entries: readonly GeneratedDocument[]): DocumentIndex {
  const byName = new Map(index.files.map((entry) => [entry.file, entry]));
  for (const entry of entries) byName.set(entry.file, { ...entry });
  return { ...index, files: [...byName.values()].sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Writes the index atomically (the last step of a job: the files it names are already in place). */
export async function writeDocumentIndex(dir: string, index: DocumentIndex): Promise<void> {
  await writeFileAtomic(path.join(dir, DOCUMENT_INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
}
