/**
 * Test support, never imported by production code: an archive written as the first format
 * (`ocop-council/archive@1`) wrote it, one record per sheet event, to test that it is still read.
 */
import { eventsOfLogs } from '../../domain/council-session/sheet-events';
import type { Archive } from '../archive.schema';
import { ARCHIVE_V1_FORMAT, ARCHIVE_V1_SCHEMA_VERSION, type ArchiveV1 } from '../archive-v1';

export function archiveAsV1(archive: Archive): ArchiveV1 {
  const { sheetLogs, ...tables } = archive.tables;
  return {
    ...archive,
    format: ARCHIVE_V1_FORMAT,
    schemaVersion: ARCHIVE_V1_SCHEMA_VERSION,
    tables: { ...tables, sheetEvents: eventsOfLogs(sheetLogs) },
  };
}
