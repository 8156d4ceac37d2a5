import { z } from 'zod';

/**
 * Why a snapshot was taken: the first start of a day, a session's finalisation, before an import, a
 * restore or a database upgrade, or the user's "back up now".
 */
export const SNAPSHOT_REASONS = [
  'daily',
  'finalise',
  'before-import',
  'before-restore',
  'before-upgrade',
  'manual',
] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/**
 * A snapshot's file name: `<UTC timestamp>-<reason>[-<n>].archive.json`, e.g.
 * `2026-07-20T08-30-00-000Z-finalise.archive.json`. Nothing else is ever read from the folder.
 */
export const SNAPSHOT_NAME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|finalise|before-import|before-restore|before-upgrade|manual)(?:-(\d{1,3}))?\.archive\.json$/;

/** The largest archive text a snapshot takes (a province's years of sessions fit well below). */
export const MAX_SNAPSHOT_CHARS = 500 * 1024 * 1024;

/** One snapshot in the folder, with what its sidecar says it holds (null when it has no sidecar). */
export interface SnapshotInfo {
  readonly name: string;
  readonly reason: SnapshotReason;
  /** When it was written (ISO, from the name). */
  readonly createdAt: string;
  readonly bytes: number;
  /** The workspace it was taken from ('main' or 'demo'). */
  readonly workspace: string | null;
  readonly sessions: number | null;
  readonly sheets: number | null;
  /** The head of its hash chain (null: nothing sealed yet, or unknown). */
  readonly chainHead: string | null;
  readonly chainLength: number | null;
}

/** What writing a snapshot came to: errors travel as data, so the renderer can say "the disk is full". */
export type SnapshotWriteResult =
  | { readonly status: 'written'; readonly snapshot: SnapshotInfo }
  | {
      readonly status: 'failed';
      /** disk-full: no space left (ENOSPC) or over quota; not-archive: the text is not an archive. */
      readonly failure: 'disk-full' | 'write-failed' | 'not-archive';
      /** English, for the log and the detail line. */
      readonly detail: string;
    };

const nameField = z.string().max(120).regex(SNAPSHOT_NAME_PATTERN);

export const SNAPSHOT_REQUEST_SCHEMAS = {
  'snapshots:write': z.strictObject({
    reason: z.enum(SNAPSHOT_REASONS),
    text: z.string().min(2).max(MAX_SNAPSHOT_CHARS),
  }),
  'snapshots:list': z.undefined(),
  'snapshots:read': z.strictObject({ name: nameField }),
  'snapshots:folder': z.undefined(),
} as const;
