import type { CouncilSession } from '../domain/council-session/session.schema';
import type { SheetState } from '../domain/council-session/sheet-events';
import { toSessionFile } from '../domain/council-session/session-file';
import type { IsoDate } from '../domain/dates/iso-date';
import type { RubricPack, RubricSet } from '../domain/rubric/rubric-pack.schema';
import { compileSet, type CompiledSet } from '../domain/scoring/compiled-set';
import { computeResults, type SessionResults } from '../domain/scoring/compute-results';
import type { Choice, MemberRole, SessionFile } from '../domain/session/session-file.schema';

export interface DocumentMember {
  readonly id: string;
  readonly name: string;
  readonly role: MemberRole;
  /** Position and organisation, as printed under the name ("Phó Chủ tịch UBND huyện"). */
  readonly title: string;
  readonly present: boolean;
  readonly scores: boolean;
}

export interface DocumentProduct {
  readonly id: string;
  readonly name: string;
  readonly productSet: number;
  readonly producer: string;
  readonly code: string;
  readonly attempt: SessionFile['products'][number]['attempt'];
  readonly recused: readonly string[];
  readonly disqualified: string | null;
}

export interface DocumentSheet {
  readonly member: string;
  readonly product: string;
  readonly round: number;
  readonly choices: Readonly<Record<string, Choice>>;
  readonly comment: string;
  /** The sheet's seal (SHA-256 hex), printed as a short code; null for a sheet from a file without seals. */
  readonly seal: string | null;
}

/**
 * Everything the session's documents print, whatever the source (the app's session, or a session@1
 * file for the command line): who sat, which products, every sealed sheet of every round, the results
 * (final or latest) and each round's results, and the forms of the pack the session was scored with.
 */
export interface SessionDocumentData {
  readonly session: {
    readonly id: string;
    readonly title: string;
    /** The meeting's date; null when unknown (printed as blanks to fill in by hand). */
    readonly date: IsoDate | null;
    readonly place: string;
    readonly councilName: string;
    readonly profile: SessionFile['profile'];
    readonly pack: { readonly id: string; readonly version: number };
    readonly rules: SessionFile['rules'];
  };
  readonly members: readonly DocumentMember[];
  readonly products: readonly DocumentProduct[];
  readonly sheets: readonly DocumentSheet[];
  readonly results: SessionResults;
  /** The results as they stood after each round (round 1, then 2 … for re-scored products). */
  readonly rounds: readonly { readonly round: number; readonly results: SessionResults }[];
  readonly sets: ReadonlyMap<number, RubricSet>;
  readonly compiled: ReadonlyMap<number, CompiledSet>;
  /** The finalised result version, when there is one. */
  readonly resultVersion: { readonly version: number; readonly hash: string } | null;
  /** The chair's confirmation, when given. */
  readonly confirmation: { readonly chair: string; readonly note: string } | null;
}

/** The results after each round: the file cut to the sheets of that round and before. */
export function resultsByRound(
  file: SessionFile,
  compiled: ReadonlyMap<number, CompiledSet>,
): SessionDocumentData['rounds'] {
  const last = Math.max(1, ...file.sheets.map((s) => s.round));
  return Array.from({ length: last }, (_, i) => i + 1).map((round) => ({
    round,
    results: computeResults({ ...file, sheets: file.sheets.filter((s) => s.round <= round) }, compiled),
  }));
}

function setsOf(
  pack: RubricPack,
  numbers: Iterable<number>,
): { sets: Map<number, RubricSet>; compiled: Map<number, CompiledSet> } {
  const wanted = new Set(numbers);
  const sets = new Map(pack.sets.filter((s) => wanted.has(s.no)).map((s) => [s.no, s]));
  const compiled = new Map([...sets].filter(([, s]) => s.complete).map(([no, s]) => [no, compileSet(s)]));
  return { sets, compiled };
}

/**
 * Document data from a session@1 file (validated by checkSession) and its pack, for the command line:
 * the file has no titles, dates or seals, so those come from `extra` or stay blank.
 */
export function documentDataFromFile(
  file: SessionFile,
  pack: RubricPack,
  extra: { title: string; date: IsoDate | null; place: string; sessionId: string },
): SessionDocumentData {
  const { sets, compiled } = setsOf(
    pack,
    file.products.map((p) => p.productSet),
  );
  return {
    session: {
      id: extra.sessionId,
      title: extra.title,
      date: extra.date,
      place: extra.place,
      councilName: file.council.name,
      profile: file.profile,
      pack: { id: pack.id, version: pack.version },
      rules: file.rules,
    },
    members: file.council.members.map((m) => ({ ...m, title: '' })),
    products: file.products.map((p) => ({ ...p, code: '' })),
    sheets: file.sheets.map((s) => ({ ...s, comment: '', seal: null })),
    results: computeResults(file, compiled),
    rounds: resultsByRound(file, compiled),
    sets,
    compiled,
    resultVersion: null,
    confirmation: null,
  };
}

/** Document data from a session of the app, its sheets (sealed ones are printed) and its pack's sets. */
export function documentDataFromSession(
  session: CouncilSession,
  sheets: Iterable<SheetState>,
  sets: ReadonlyMap<number, RubricSet>,
  finalised: { version: number; hash: string; results: SessionResults } | null,
): SessionDocumentData {
  const all = [...sheets];
  const file = toSessionFile(session, all);
  const compiled = new Map([...sets].filter(([, s]) => s.complete).map(([no, s]) => [no, compileSet(s)]));
  const chair = session.members.find((m) => m.memberId === session.confirmation?.by);
  const sealed = new Map(
    all.filter((s) => s.layer === 'primary' && s.seal).map((s) => [`${s.memberId}|${s.productId}|${s.round}`, s]),
  );
  return {
    session: {
      id: session.id,
      title: session.title,
      date: session.date,
      place: session.place,
      councilName: session.councilName,
      profile: session.profile,
      pack: session.pack,
      rules: session.rules,
    },
    members: session.members.map((m) => ({
      id: m.memberId,
      name: m.name,
      role: m.role,
      title: m.title,
      present: m.present,
      scores: m.scores,
    })),
    products: session.products.map((p) => ({
      id: p.productId,
      name: p.name,
      productSet: p.productSet,
      producer: p.producerName,
      code: p.code,
      attempt: p.attempt,
      recused: p.conflicts.map((c) => c.memberId),
      disqualified: p.disqualified,
    })),
    sheets: file.sheets.map((s) => {
      const state = sealed.get(`${s.member}|${s.product}|${s.round}`);
      return { ...s, comment: state?.comment ?? '', seal: state?.seal ?? null };
    }),
    results: finalised?.results ?? computeResults(file, compiled),
    rounds: resultsByRound(file, compiled),
    sets,
    compiled,
    resultVersion: finalised ? { version: finalised.version, hash: finalised.hash } : null,
    confirmation: session.confirmation ? { chair: chair?.name ?? '', note: session.confirmation.note } : null,
  };
}
