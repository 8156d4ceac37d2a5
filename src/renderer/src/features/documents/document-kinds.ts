import { DOCUMENT_KIND_IDS, FINALISED_KINDS, type DocumentKindId } from '../../../../shared/ipc/documents-schemas';

export { DOCUMENT_KIND_IDS, type DocumentKindId };

/** Whether a kind prints a recognition, and so needs the session's finalised results. */
export function needsFinalised(kind: DocumentKindId): boolean {
  return FINALISED_KINDS.includes(kind);
}

/** The kinds a session can make now: all of them once finalised, the others before. */
export function availableKinds(finalised: boolean): DocumentKindId[] {
  return DOCUMENT_KIND_IDS.filter((kind) => finalised || !needsFinalised(kind));
}
