import { z } from 'zod';
import { sheetEventSchema, sheetLogsOf } from '../domain/council-session/sheet-events';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_SCHEMA_VERSION,
  archiveSchema,
  archiveTablesSchema,
  type Archive,
} from './archive.schema';

/**
 * The first archive format (`ocop-council/archive@1`, database schema 3), still read: the same tables,
 * except that the sheets' events are one record each (`sheetEvents`) instead of one log per sheet.
 */
export const ARCHIVE_V1_FORMAT = 'ocop-council/archive@1';
export const ARCHIVE_V1_SCHEMA_VERSION = 3;

export const archiveV1TablesSchema = archiveTablesSchema
  .omit({ sheetLogs: true })
  .extend({ sheetEvents: z.array(sheetEventSchema).max(20_000_000) });

export const archiveV1Schema = archiveSchema.extend({
  format: z.literal(ARCHIVE_V1_FORMAT),
  schemaVersion: z.literal(ARCHIVE_V1_SCHEMA_VERSION),
  tables: archiveV1TablesSchema,
});

export type ArchiveV1 = z.infer<typeof archiveV1Schema>;

/**
 * An archive@1 as the current format: each sheet's events gathered into its log (in sequence order).
 * Nothing else changes, so the hash chain recorded in the file still holds.
 */
export function archiveFromV1(old: ArchiveV1): Archive {
  const { sheetEvents, ...tables } = old.tables;
  return {
    ...old,
    format: ARCHIVE_FORMAT,
    schemaVersion: ARCHIVE_SCHEMA_VERSION,
    tables: { ...tables, sheetLogs: sheetLogsOf(sheetEvents) },
  };
}
