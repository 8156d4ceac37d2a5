import type { Archive } from '../../../../shared/archive/archive.schema';
import { applyImport, type ImportMode, type ImportOutcome } from '../../db/archive-import';
import type { Repositories } from '../../db/database';
import { writeFailure } from '../../db/write-failure';
import { archiveDoors } from './archive-doors';

/** Imports a checked archive into the open workspace through main's doors; never throws. */
export async function runImport(
  repositories: Repositories,
  archive: Archive,
  mode: ImportMode,
): Promise<ImportOutcome> {
  try {
    return await applyImport(repositories, archive, mode, await archiveDoors());
  } catch (error) {
    return { ok: false, stage: 'write', issues: [writeFailure(error)] };
  }
}
