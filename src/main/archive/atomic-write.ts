import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Writes a text into an open file; tests pass one that fails half-way. */
export type TextWriter = (handle: FileHandle, text: string) => Promise<void>;

/** About 4 MB of text per write, so a large archive is never copied whole into one buffer. */
const CHUNK = 4 * 1024 * 1024;

/** Writes the text in chunks, never splitting a character's surrogate pair between two of them. */
export const writeInChunks: TextWriter = async (handle, text) => {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    await handle.write(text.slice(start, end), null, 'utf8');
    start = end;
  }
};

/** Why a write failed: the disk (or the user's quota on it) is full, or anything else. */
export type WriteFailure = 'disk-full' | 'write-failed';

export class AtomicWriteError extends Error {
  constructor(
    readonly failure: WriteFailure,
    readonly detail: string,
  ) {
    super(`${failure}: ${detail}`);
  }
}

function failureOf(error: unknown): AtomicWriteError {
  if (error instanceof AtomicWriteError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  return new AtomicWriteError(code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'write-failed', detail);
}

/**
 * Writes `text` to `file` so that the folder holds the whole new file or nothing of it: the text goes to
 * a temporary file beside it, is flushed to the disk (fsync), and only then renamed into place. When
 * anything fails (a full disk half-way, a missing folder) the temporary file is removed and an
 * AtomicWriteError says why. Returns the bytes written.
 */
export async function writeFileAtomic(file: string, text: string, writer: TextWriter = writeInChunks): Promise<number> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | null = null;
  try {
    handle = await open(temp, 'wx');
    await writer(handle, text);
    await handle.sync();
    await handle.close();
    handle = null;
    await rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw failureOf(error);
  }
  await syncFolder(path.dirname(file));
  return Buffer.byteLength(text, 'utf8');
}

/** Flushes the folder entry of the rename (POSIX); Windows cannot open a folder, and needs no flush. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // A folder that cannot be flushed still holds the renamed file; nothing to undo.
  }
}
