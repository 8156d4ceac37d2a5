import type { ResultVersion } from '../../../../shared/domain/council-session/result-version';
import type { CouncilSession } from '../../../../shared/domain/council-session/session.schema';
import type { SheetState } from '../../../../shared/domain/council-session/sheet-events';
import { DEFAULT_DOCUMENT_NUMBERS, type Council } from '../../../../shared/domain/workspace/council.schema';
import type { Language } from '../../../../shared/i18n/messages';
import type { DocumentKindId, DocumentOptions, DocumentsStartRequest } from '../../../../shared/ipc/documents-schemas';

export interface StartInput {
  readonly session: CouncilSession;
  readonly sheets: Iterable<SheetState>;
  /** The session's result versions, oldest first (the last one prints). */
  readonly versions: readonly ResultVersion[];
  readonly council: Council;
  readonly language: Language;
  readonly kinds: readonly DocumentKindId[];
  readonly options: DocumentOptions;
  readonly folderToken: string | null;
}

/** The latest finalised result version of a finalised session, or null. */
export function latestVersion(session: CouncilSession, versions: readonly ResultVersion[]): ResultVersion | null {
  return session.phase === 'finalised' ? (versions[versions.length - 1] ?? null) : null;
}

/**
 * What main needs to build a session's documents: the session, its members' own sheets (main prints
 * the sealed ones), the finalised results when there are some, and the council's settings as printed.
 * Main loads the rubric sets itself.
 *
 * @example startRequest({ session, sheets, versions: [v1], council, language: 'vi', kinds: ['tally'], … })
 *   .finalised?.version === 1
 */
export function startRequest(input: StartInput): DocumentsStartRequest {
  const latest = latestVersion(input.session, input.versions);
  const { council } = input;
  return {
    kinds: [...input.kinds],
    session: input.session,
    sheets: [...input.sheets].filter((s) => s.layer === 'primary').map((s) => ({ ...s, choices: { ...s.choices } })),
    finalised: latest
      ? {
          version: latest.version,
          hash: latest.hash,
          results: {
            quorum: { ...latest.results.quorum },
            products: latest.results.products.map((p) => ({
              ...p,
              memberTotals: { ...p.memberTotals },
              blockingCriteria: [...p.blockingCriteria],
            })),
          },
        }
      : null,
    council: {
      councilName: council.councilName,
      authority: council.authority,
      placeName: council.placeName,
      signers: council.signers,
      numbers: council.documentNumbers ?? DEFAULT_DOCUMENT_NUMBERS,
    },
    language: input.language,
    options: input.options,
    folderToken: input.folderToken,
  };
}
