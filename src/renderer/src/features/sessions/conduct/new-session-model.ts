import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import type { Attempt } from '../../../../../shared/domain/session/session-file.schema';
import type { Dossier } from '../../../../../shared/domain/workspace/dossier.schema';
import type { Round } from '../../../../../shared/domain/workspace/round.schema';

/** A dossier that could be scored in the new session, with what the checklist shows about it. */
export interface Candidate {
  readonly dossierId: string;
  readonly productName: string;
  readonly productCode: string;
  readonly producerName: string;
  readonly productSet: number;
  readonly attempt: Attempt;
  readonly year: number;
  readonly roundId: string | null;
  /** The set's form is incomplete in the chosen pack: it cannot be scored (the reason is shown). */
  readonly incompleteSet: boolean;
  /** The title of an unfinished session that already holds this dossier, or null. */
  readonly inSession: string | null;
}

export interface CandidateSources {
  readonly dossiers: readonly Dossier[];
  readonly products: ReadonlyMap<string, { name: string; code: string; productSet: number; producerId: string }>;
  readonly producers: ReadonlyMap<string, string>;
  readonly sessions: readonly Pick<CouncilSession, 'title' | 'phase' | 'products'>[];
}

/**
 * The dossiers a new session may score: pre-checked complete and not evaluated yet, by product name. A
 * set the pack marks incomplete is kept in the list (disabled, with why); a dossier already in an
 * unfinished session is marked so nobody scores it twice by mistake.
 *
 * @example a complete dossier of a set-11 product with pack 148/2023 (sets 11–13 incomplete) →
 *   { productSet: 11, incompleteSet: true, … }
 */
export function candidates(sources: CandidateSources, incompleteSets: ReadonlySet<number>): Candidate[] {
  const taken = new Map<string, string>();
  for (const session of sources.sessions) {
    if (session.phase === 'finalised') continue;
    for (const product of session.products) if (product.dossierId) taken.set(product.dossierId, session.title);
  }
  return sources.dossiers
    .filter((d) => d.evaluation === null)
    .flatMap((dossier): Candidate[] => {
      const product = sources.products.get(dossier.productId);
      if (!product) return [];
      return [
        {
          dossierId: dossier.id,
          productName: product.name,
          productCode: product.code,
          producerName: sources.producers.get(product.producerId) ?? '',
          productSet: product.productSet,
          attempt: dossier.attempt,
          year: dossier.year,
          roundId: dossier.roundId,
          incompleteSet: incompleteSets.has(product.productSet),
          inSession: taken.get(dossier.id) ?? null,
        },
      ];
    })
    .sort((a, b) => b.year - a.year || a.productName.localeCompare(b.productName, 'vi'));
}

/** Whether a candidate can be ticked. */
export function selectable(candidate: Candidate): boolean {
  return !candidate.incompleteSet;
}

/** The filter of the checklist: every dossier, one round's, or those without a round. */
export type CandidateFilter = 'all' | 'none' | { readonly roundId: string };

export function matchesFilter(candidate: Candidate, filter: CandidateFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'none') return candidate.roundId === null;
  return candidate.roundId === filter.roundId;
}

/** What is ticked at first: every selectable dossier shown that is not already in another session. */
export function initialSelection(list: readonly Candidate[], filter: CandidateFilter): Set<string> {
  return new Set(
    list.filter((c) => selectable(c) && c.inSession === null && matchesFilter(c, filter)).map((c) => c.dossierId),
  );
}

/**
 * The round a new session most likely scores on `date`: one that is open, else the first planned one
 * whose deadline is not past, of the date's year.
 *
 * @example rounds of 2026 [1 closed, 2 planned (deadline 2026-12-30)], date 2026-11-02 → round 2
 */
export function likelyRound(rounds: readonly Round[], date: string): Round | null {
  const year = Number(date.slice(0, 4));
  const ofYear = rounds.filter((r) => r.year === year).sort((a, b) => a.number - b.number);
  return (
    ofYear.find((r) => r.status === 'open') ?? ofYear.find((r) => r.status === 'planned' && r.deadline >= date) ?? null
  );
}
