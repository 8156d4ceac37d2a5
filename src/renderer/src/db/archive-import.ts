import type { Archive, TableName } from '../../../shared/archive/archive.schema';
import { checkArchive } from '../../../shared/archive/check-archive';
import type { MergeSummary } from '../../../shared/archive/merge-tables';
import { mergeTables } from '../../../shared/archive/merge-tables';
import { verifyArchive } from '../../../shared/archive/verify-archive';
import { issue, type DomainIssue } from '../../../shared/domain/issues/domain-issue';
import type { RubricPack } from '../../../shared/domain/rubric/rubric-pack.schema';
import type { RubricImportResult } from '../../../shared/ipc/contract';
import type { SnapshotInfo, SnapshotReason, SnapshotWriteResult } from '../../../shared/ipc/snapshots-schemas';
import { countsOf, exportArchive, packRefsOf, type ArchiveRepository, type ArchiveSources } from './archive.repository';
import { writeFailure } from './write-failure';

/** restore: the workspace becomes the archive; merge: what the archive adds to the workspace. */
export type ImportMode = 'restore' | 'merge';

/** What an import needs beyond the database: main's packs and snapshots (passed in, so tests stub them). */
export interface ImportDoors extends ArchiveSources {
  /** The versions of a pack this laptop has (empty when it has none). */
  readonly packVersions: (packId: string) => Promise<readonly number[]>;
  /** Imports a pack into this laptop's packs (main's rubric import of the pack's JSON). */
  readonly importPack: (pack: RubricPack) => Promise<RubricImportResult>;
  readonly snapshot: (reason: SnapshotReason, text: string) => Promise<SnapshotWriteResult>;
}

/** The repositories an import touches. */
export interface ImportTarget {
  readonly workspace: string;
  readonly archive: ArchiveRepository;
}

export type ArchiveReading =
  | { readonly ok: true; readonly archive: Archive }
  | { readonly ok: false; readonly issues: readonly DomainIssue[]; readonly input: unknown };

/**
 * Reads an archive file's text: JSON, then checkArchive (format, version, schema, ids, references, packs),
 * then verifyArchive (seals, events, result chains, chain head). Every problem names its record.
 */
export function readArchive(text: string): ArchiveReading {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      input: null,
      issues: [issue('json', [], { detail: error instanceof Error ? error.message : String(error) })],
    };
  }
  const checked = checkArchive(input);
  if (!checked.ok) return { ok: false, issues: checked.issues, input };
  const problems = verifyArchive(checked.archive);
  return problems.length > 0 ? { ok: false, issues: problems, input } : { ok: true, archive: checked.archive };
}

export interface ImportPreview {
  readonly mode: ImportMode;
  /** What the file holds, by table. */
  readonly holds: Readonly<Record<TableName, number>>;
  /** What the workspace holds now, by table. */
  readonly current: Readonly<Record<TableName, number>>;
  /** The file's packs this laptop lacks (imported before anything is written). */
  readonly missingPacks: readonly RubricPack[];
  /** For a merge: what it adds and which copies win; null for a restore. */
  readonly merge: MergeSummary | null;
  /** For a merge: false when the file holds nothing new. */
  readonly changes: boolean;
}

export type PreviewResult =
  | { readonly ok: true; readonly preview: ImportPreview }
  | { readonly ok: false; readonly issues: readonly DomainIssue[] };

async function missingPacks(archive: Archive, doors: ImportDoors): Promise<RubricPack[]> {
  const missing: RubricPack[] = [];
  for (const pack of archive.packs) if (!(await doors.packVersions(pack.id)).includes(pack.version)) missing.push(pack);
  return missing;
}

/** What an import of a checked archive would do, without writing anything. */
export async function previewImport(
  target: ImportTarget,
  archive: Archive,
  mode: ImportMode,
  doors: ImportDoors,
): Promise<PreviewResult> {
  const current = await target.archive.tables();
  const base = {
    mode,
    holds: countsOf(archive.tables),
    current: countsOf(current),
    missingPacks: await missingPacks(archive, doors),
  };
  if (mode === 'restore') return { ok: true, preview: { ...base, merge: null, changes: true } };
  const merged = mergeTables(current, archive.tables);
  if (!merged.ok) return merged;
  return { ok: true, preview: { ...base, merge: merged.summary, changes: merged.changed } };
}

export type ImportStage = 'file' | 'snapshot' | 'pack' | 'merge' | 'write';

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly mode: ImportMode;
      /** The snapshot of the workspace taken before anything was written (null: nothing to write). */
      readonly snapshot: SnapshotInfo | null;
      readonly packsImported: number;
      /** For a merge: what it did (null for a restore). */
      readonly merge: MergeSummary | null;
      /** False when a merge found nothing new (nothing was written). */
      readonly changed: boolean;
    }
  | { readonly ok: false; readonly stage: ImportStage; readonly issues: readonly DomainIssue[] };

/**
 * Imports a checked and verified archive: a snapshot of the workspace first (`before-restore` or
 * `before-import`; when it cannot be written, nothing is imported; a merge that would add nothing or is
 * refused takes none), then the packs this laptop lacks,
 * then one transaction over every table: a restore replaces them, a merge adds what is missing (see
 * mergeTables) and may not break the workspace's integrity. A failed write (quota, full disk) rolls back.
 */
export async function applyImport(
  target: ImportTarget,
  archive: Archive,
  mode: ImportMode,
  doors: ImportDoors,
): Promise<ImportOutcome> {
  if (mode === 'merge') {
    // Refused or nothing new: no snapshot, nothing written (the transaction below checks again).
    const planned = mergeTables(await target.archive.tables(), archive.tables);
    if (!planned.ok) return { ok: false, stage: 'merge', issues: planned.issues };
    if (!planned.changed)
      return { ok: true, mode, snapshot: null, packsImported: 0, merge: planned.summary, changed: false };
  }
  const before = await exportArchive(target, doors);
  const written = await doors.snapshot(mode === 'restore' ? 'before-restore' : 'before-import', before.text);
  if (written.status === 'failed') {
    const key = written.failure === 'disk-full' ? 'archive.import.snapshotDiskFull' : 'archive.import.snapshotFailed';
    return { ok: false, stage: 'snapshot', issues: [issue(key, [], { detail: written.detail })] };
  }
  let packsImported = 0;
  for (const pack of await missingPacks(archive, doors)) {
    const imported = await doors.importPack(pack);
    if (imported.status === 'rejected') {
      const name = `${pack.id} (v${pack.version})`;
      return {
        ok: false,
        stage: 'pack',
        issues: [issue('archive.import.packRefused', ['packs'], { pack: name }), ...imported.issues],
      };
    }
    packsImported += 1;
  }
  try {
    if (mode === 'restore') {
      await target.archive.replace(archive.tables);
      return { ok: true, mode, snapshot: written.snapshot, packsImported, merge: null, changed: true };
    }
    const localPacks = await doors.packs(packRefsOf(before.archive.tables));
    const merged = await target.archive.merge(archive, localPacks);
    if (!merged.ok) return { ok: false, stage: 'merge', issues: merged.issues };
    return {
      ok: true,
      mode,
      snapshot: written.snapshot,
      packsImported,
      merge: merged.summary,
      changed: merged.changed,
    };
  } catch (error) {
    return { ok: false, stage: 'write', issues: [writeFailure(error)] };
  }
}

/**
 * Reads, checks, verifies and imports an archive file's text in one call (for test pages and the
 * reliability suite): nothing is written when anything is wrong.
 *
 * @example await importArchive(repositories, text, 'merge', doors) → { ok: true, changed: false, … } the
 *   second time the same file is merged
 */
export async function importArchive(
  target: ImportTarget,
  text: string,
  mode: ImportMode,
  doors: ImportDoors,
): Promise<ImportOutcome> {
  const reading = readArchive(text);
  if (!reading.ok) return { ok: false, stage: 'file', issues: reading.issues };
  return applyImport(target, reading.archive, mode, doors);
}
