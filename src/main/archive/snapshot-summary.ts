import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ARCHIVE_FORMAT } from '../../shared/archive/archive.schema';
import { ARCHIVE_V1_FORMAT } from '../../shared/archive/archive-v1';
import { SNAPSHOT_REASONS, type SnapshotInfo } from '../../shared/ipc/snapshots-schemas';

/** The sidecar format: what a snapshot holds, written beside it when it is taken. */
export const SNAPSHOT_META_FORMAT = 'ocop-council/snapshot-meta@1';

const count = z.number().int().min(0).nullable();

export const snapshotMetaSchema = z.strictObject({
  format: z.literal(SNAPSHOT_META_FORMAT),
  reason: z.enum(SNAPSHOT_REASONS),
  createdAt: z.string().max(40),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  workspace: z.string().max(40).nullable(),
  sessions: count,
  sheets: count,
  chainHead: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  chainLength: count,
});

export type SnapshotMeta = z.infer<typeof snapshotMetaSchema>;

/** What the list shows of an archive: its workspace, its counts and its hash chain. */
export type ArchiveSummary = Pick<SnapshotInfo, 'workspace' | 'sessions' | 'sheets' | 'chainHead' | 'chainLength'>;

const lengthOf = (value: unknown): number | null => (Array.isArray(value) ? value.length : null);

/**
 * Reads the summary of an archive text, or null when the text is not an archive of this app. Only the
 * format tag is required: a snapshot keeps whatever the workspace held, even a workspace that would not
 * pass the archive check (that is what a snapshot before an upgrade or a restore is for).
 */
export function summariseArchive(text: string): ArchiveSummary | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const archive = parsed as Record<string, unknown>;
  if (archive['format'] !== ARCHIVE_FORMAT && archive['format'] !== ARCHIVE_V1_FORMAT) return null;
  const tables = (
    typeof archive['tables'] === 'object' && archive['tables'] !== null ? archive['tables'] : {}
  ) as Record<string, unknown>;
  const chain = (typeof archive['chain'] === 'object' && archive['chain'] !== null ? archive['chain'] : {}) as Record<
    string,
    unknown
  >;
  const head = chain['head'];
  const length = chain['length'];
  return {
    workspace: typeof archive['workspace'] === 'string' ? archive['workspace'].slice(0, 40) : null,
    sessions: lengthOf(tables['sessions']),
    sheets: lengthOf(tables['sheets']),
    chainHead: typeof head === 'string' && /^[0-9a-f]{64}$/.test(head) ? head : null,
    chainLength: typeof length === 'number' && Number.isInteger(length) && length >= 0 ? length : null,
  };
}

export function sha256OfText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
