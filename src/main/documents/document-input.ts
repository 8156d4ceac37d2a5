import type { DocumentContext } from '../../shared/documents/document-context';
import { documentDataFromSession, type SessionDocumentData } from '../../shared/documents/document-data';
import type { RubricSet } from '../../shared/domain/rubric/rubric-pack.schema';
import { createI18n, translator } from '../../shared/i18n/create-i18n';
import { FINALISED_KINDS, type DocumentsStartRequest } from '../../shared/ipc/documents-schemas';
import type { PackStore } from '../rubric/pack-store';

/** What every document of a batch is built from: the session's data and the context it prints in. */
export interface DocumentInput {
  readonly data: SessionDocumentData;
  readonly context: DocumentContext;
}

/**
 * The session's document data and context from a start request: the rubric sets come from main's own
 * pack store (the pack and version the session was scored with), never from the renderer. Refuses a
 * request that cannot print what it asks for.
 */
export function documentInput(request: DocumentsStartRequest, packs: PackStore): DocumentInput {
  const { session, finalised, kinds, options } = request;
  const pack = packs.get(session.pack.id, session.pack.version);
  if (!pack) throw new Error(`rubric pack ${session.pack.id} v${session.pack.version} is not on this computer`);
  const wanted = new Set(session.products.map((p) => p.productSet));
  const sets = new Map<number, RubricSet>(pack.sets.filter((s) => wanted.has(s.no)).map((s) => [s.no, s]));
  const needsFinal = kinds.filter((kind) => FINALISED_KINDS.includes(kind));
  if (needsFinal.length > 0 && (finalised === null || session.phase !== 'finalised')) {
    throw new Error(`${needsFinal.join(', ')} need a finalised session`);
  }
  if (needsFinal.length > 0 && options.decision === null) {
    throw new Error(`${needsFinal.join(', ')} need the decision's number and date`);
  }
  const data = documentDataFromSession(session, request.sheets, sets, finalised);
  const context: DocumentContext = {
    t: translator(createI18n(request.language)),
    language: request.language,
    council: request.council,
    date: options.date ?? session.date,
  };
  return { data, context };
}
