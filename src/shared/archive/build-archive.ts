import type { RubricPack } from '../domain/rubric/rubric-pack.schema';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_SCHEMA_VERSION,
  TABLE_NAMES,
  type Archive,
  type ArchivedDocument,
  type ArchiveTables,
} from './archive.schema';
import { chainEntries, chainHead } from './chain';

/** An empty set of tables (every table present, no records). */
export function emptyTables(): ArchiveTables {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as ArchiveTables;
}

/**
 * An archive of a workspace: every table, the rubric packs its sessions were scored with, the index of
 * generated documents, and the head of the hash chain over sealed sheets and finalised results.
 */
export function buildArchive(input: {
  tables: ArchiveTables;
  packs: readonly RubricPack[];
  documents: readonly ArchivedDocument[];
  exportedAt: string;
  app: { name: string; version: string };
  workspace: string;
}): Archive {
  return {
    format: ARCHIVE_FORMAT,
    schemaVersion: ARCHIVE_SCHEMA_VERSION,
    exportedAt: input.exportedAt,
    app: input.app,
    workspace: input.workspace,
    tables: input.tables,
    packs: [...input.packs],
    documents: [...input.documents],
    chain: chainHead(chainEntries(input.tables)),
  };
}
