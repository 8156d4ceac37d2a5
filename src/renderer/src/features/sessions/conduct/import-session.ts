import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import { issue } from '../../../../../shared/domain/issues/domain-issue';
import type { RubricPack } from '../../../../../shared/domain/rubric/rubric-pack.schema';
import type { SessionFile } from '../../../../../shared/domain/session/session-file.schema';
import { checkSession } from '../../../../../shared/domain/session/validate-session';

export type ReadSession =
  | { readonly ok: true; readonly file: SessionFile; readonly pack: RubricPack }
  | { readonly ok: false; readonly issues: readonly DomainIssue[]; readonly source: unknown };

/**
 * Reads a session@1 file's text and checks it (session-v1.md) against the rubric pack it names, fetched
 * with `packOf` (undefined when this laptop does not have it). Every problem comes back with its place
 * in the file; `source` is the parsed file, for naming the sheets in the messages.
 *
 * @example readSessionFile('{', …) → { ok: false, issues: [issue json] }
 */
export async function readSessionFile(
  text: string,
  packOf: (id: string) => Promise<RubricPack | undefined>,
): Promise<ReadSession> {
  let source: unknown;
  try {
    source = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      issues: [issue('json', [], { detail: error instanceof Error ? error.message : String(error) })],
      source: null,
    };
  }
  const named = typeof source === 'object' && source !== null ? (source as { rubric?: unknown }).rubric : undefined;
  const pack = typeof named === 'string' ? await packOf(named) : undefined;
  const checked = checkSession(source, (id) => (pack && pack.id === id ? pack : undefined));
  if (!checked.ok) return { ok: false, issues: checked.issues, source };
  return { ok: true, file: checked.session, pack: checked.pack };
}
