import type { ArchivedDocument } from '../../../../shared/archive/archive.schema';
import { sessionIdField } from '../../../../shared/ipc/documents-schemas';
import { council } from '../../app/council-client';
import type { ImportDoors } from '../../db/archive-import';
import type { PackRef } from '../../db/archive.repository';

let appInfo: Promise<{ name: string; version: string }> | null = null;

/** The app's name and version, asked of main once (an archive records what made it). */
function app(): Promise<{ name: string; version: string }> {
  appInfo ??= council.appInfo().then(
    ({ name, version }) => ({ name, version }),
    () => ({ name: 'OCOP Council', version: 'unknown' }),
  );
  return appInfo;
}

async function packs(refs: readonly PackRef[]) {
  const found = await Promise.all(
    refs.map((ref) => council.rubricPack({ pack: ref.id, version: ref.version }).catch(() => null)),
  );
  // A pack main no longer has is left out: the export still keeps everything else, and its check says so.
  return found.filter((pack) => pack !== null);
}

async function documents(sessionIds: readonly string[]): Promise<ArchivedDocument[]> {
  const lists = await Promise.all(
    sessionIds
      .filter((id) => sessionIdField.safeParse(id).success)
      .map(async (sessionId) => {
        const listed = await council.documentsList({ sessionId }).catch(() => []);
        return listed.map(({ file, kind, sha256, bytes, generatedAt }) => ({
          sessionId,
          file,
          kind,
          sha256,
          bytes,
          generatedAt,
        }));
      }),
  );
  return lists.flat();
}

/**
 * The archive's doors to main, over window.council: the app's name and version, the rubric packs and
 * the documents index an export carries, the pack import and the snapshots an import needs.
 */
export async function archiveDoors(): Promise<ImportDoors> {
  return {
    app: await app(),
    now: () => new Date(),
    packs,
    documents,
    packVersions: async (packId) => (await council.rubricList()).find((p) => p.id === packId)?.versions ?? [],
    importPack: (pack) =>
      council.rubricImport({
        fileName: `${pack.id.replace(/\W+/g, '-')}-v${pack.version}.json`,
        text: JSON.stringify(pack),
      }),
    snapshot: (reason, text) => council.snapshotsWrite({ reason, text }),
  };
}
