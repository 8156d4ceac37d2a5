import { checkMemberKit, type MemberKit } from '../../../../../shared/domain/council-session/member-kit';
import { issue, type DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import type { RubricImportResult } from '../../../../../shared/ipc/contract';
import type { SaveResult } from '../../../db/repository-context';

/** What opening a kit needs from the app (main's packs, the repository), passed in so it can be tested. */
export interface KitDoors {
  /** The versions of a pack this laptop has (empty when it has none). */
  readonly packVersions: (packId: string) => Promise<readonly number[]>;
  /** Imports a pack file's text into this laptop's packs (main's rubric import). */
  readonly importPack: (fileName: string, text: string) => Promise<RubricImportResult>;
  readonly importKit: (kit: unknown) => Promise<SaveResult<MemberKit>>;
}

export type KitOpening =
  | { readonly ok: true; readonly kit: MemberKit; readonly packImported: boolean }
  | { readonly ok: false; readonly stage: 'file' | 'pack' | 'kit'; readonly issues: readonly DomainIssue[] };

/**
 * Opens a member kit on a member's own laptop: the file must be a valid kit; when its rubric pack version
 * is not on this laptop it is imported first (from the kit); then the session is added for that member.
 * Nothing is added when a step fails, except a pack that imported fine.
 *
 * @example openKit(kitText, doors) → { ok: true, kit, packImported: false } on a laptop that has 26/2026 v1
 */
export async function openKit(text: string, doors: KitDoors): Promise<KitOpening> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, stage: 'file', issues: [issue('json', [], { detail })] };
  }
  const checked = checkMemberKit(parsed);
  if (!checked.ok) return { ok: false, stage: 'file', issues: checked.issues };
  const { pack } = checked.kit;
  let packImported = false;
  if (!(await doors.packVersions(pack.id)).includes(pack.version)) {
    const imported = await doors.importPack(
      `${pack.id.replace(/\W+/g, '-')}-v${pack.version}.json`,
      JSON.stringify(pack),
    );
    if (imported.status === 'rejected') return { ok: false, stage: 'pack', issues: imported.issues };
    packImported = true;
  }
  const opened = await doors.importKit(parsed);
  if (!opened.ok) return { ok: false, stage: 'kit', issues: opened.issues };
  return { ok: true, kit: opened.value, packImported };
}
