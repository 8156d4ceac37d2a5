import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SnapshotInfo, SnapshotReason, SnapshotWriteResult } from '../../shared/ipc/snapshots-schemas';
import { AtomicWriteError, writeFileAtomic, writeInChunks, type TextWriter } from './atomic-write';
import { newestFirst, parseSnapshotName, sidecarName, snapshotName, type SnapshotName } from './snapshot-names';
import { DEFAULT_ROTATION, snapshotsToDelete, type RotationPolicy } from './snapshot-rotation';
import {
  SNAPSHOT_META_FORMAT,
  sha256OfText,
  snapshotMetaSchema,
  summariseArchive,
  type SnapshotMeta,
} from './snapshot-summary';

export interface SnapshotStoreOptions {
  /** <dataDir>/snapshots */
  readonly dir: string;
  readonly now: () => Date;
  readonly policy?: RotationPolicy;
  /** How text reaches the disk (tests inject one that fails half-way). */
  readonly writer?: TextWriter;
  readonly log?: (message: string) => void;
}

export class UnknownSnapshotError extends Error {}

/**
 * The snapshots folder: archive texts written whole or not at all (temp file, fsync, rename), each with a
 * sidecar saying what it holds; rotated after each write; listed and read back only by the names it
 * wrote (a name is matched against a strict pattern and the folder's listing, never joined blindly).
 */
export class SnapshotStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SnapshotStoreOptions) {}

  folder(): string {
    return this.options.dir;
  }

  /** Writes one snapshot; writes run one after another, so two at the same moment get different names. */
  write(reason: SnapshotReason, text: string): Promise<SnapshotWriteResult> {
    const next = this.queue.then(() => this.writeNow(reason, text));
    this.queue = next.catch(() => undefined);
    return next;
  }

  async list(): Promise<SnapshotInfo[]> {
    const infos: SnapshotInfo[] = [];
    for (const parsed of (await this.names()).sort(newestFirst)) {
      const size = await stat(this.pathOf(parsed.name)).catch(() => null);
      if (!size?.isFile()) continue;
      const meta = await this.meta(parsed.name);
      infos.push({
        name: parsed.name,
        reason: parsed.reason,
        createdAt: parsed.createdAt,
        bytes: size.size,
        workspace: meta?.workspace ?? null,
        sessions: meta?.sessions ?? null,
        sheets: meta?.sheets ?? null,
        chainHead: meta?.chainHead ?? null,
        chainLength: meta?.chainLength ?? null,
      });
    }
    return infos;
  }

  /** A snapshot's text, by a name the folder lists; anything else is an UnknownSnapshotError. */
  async read(name: string): Promise<{ name: string; text: string }> {
    const known = (await this.names()).some((s) => s.name === name);
    if (!known) throw new UnknownSnapshotError(`no snapshot named ${name.slice(0, 120)}`);
    return { name, text: await readFile(this.pathOf(name), 'utf8') };
  }

  private async writeNow(reason: SnapshotReason, text: string): Promise<SnapshotWriteResult> {
    const summary = summariseArchive(text);
    if (!summary)
      return { status: 'failed', failure: 'not-archive', detail: 'the text is not an OCOP Council archive' };
    const at = this.options.now();
    const taken = new Set((await this.names()).map((s) => s.name));
    let n = 1;
    while (taken.has(snapshotName(at, reason, n))) n += 1;
    const name = snapshotName(at, reason, n);
    const file = this.pathOf(name);
    const writer = this.options.writer ?? writeInChunks;
    try {
      await mkdir(this.options.dir, { recursive: true });
      const bytes = await writeFileAtomic(file, text, writer);
      const meta: SnapshotMeta = {
        format: SNAPSHOT_META_FORMAT,
        reason,
        createdAt: at.toISOString(),
        bytes,
        sha256: sha256OfText(text),
        ...summary,
      };
      try {
        await writeFileAtomic(this.pathOf(sidecarName(name)), JSON.stringify(meta), writer);
      } catch (error) {
        // A snapshot without its sidecar would still list, but the disk is failing: leave nothing.
        await rm(file, { force: true });
        throw error;
      }
      await this.rotate();
      return {
        status: 'written',
        snapshot: { name, reason, createdAt: at.toISOString(), bytes, ...summary },
      };
    } catch (error) {
      const failure = error instanceof AtomicWriteError ? error : null;
      const detail = failure?.detail ?? (error instanceof Error ? error.message : String(error));
      this.options.log?.(`snapshot ${name} not written: ${detail}`);
      return { status: 'failed', failure: failure?.failure ?? 'write-failed', detail };
    }
  }

  /** Deletes what the rotation policy does not keep (a file that will not delete is left for next time). */
  private async rotate(): Promise<void> {
    for (const old of snapshotsToDelete(await this.names(), this.options.policy ?? DEFAULT_ROTATION)) {
      try {
        await rm(this.pathOf(old.name), { force: true });
        await rm(this.pathOf(sidecarName(old.name)), { force: true });
      } catch (error) {
        this.options.log?.(`snapshot ${old.name} not rotated out: ${String(error)}`);
      }
    }
  }

  private async names(): Promise<SnapshotName[]> {
    let entries: string[];
    try {
      entries = await readdir(this.options.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return entries.flatMap((entry) => {
      const parsed = parseSnapshotName(entry);
      return parsed ? [parsed] : [];
    });
  }

  private async meta(name: string): Promise<SnapshotMeta | null> {
    try {
      const parsed = snapshotMetaSchema.safeParse(JSON.parse(await readFile(this.pathOf(sidecarName(name)), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** The path of a name that matched the snapshot pattern (no separators, no dots but the extension). */
  private pathOf(name: string): string {
    const file = path.join(this.options.dir, name);
    if (path.resolve(path.dirname(file)) !== path.resolve(this.options.dir))
      throw new UnknownSnapshotError(`not a snapshot name: ${name.slice(0, 120)}`);
    return file;
  }
}
