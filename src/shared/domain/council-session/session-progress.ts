import { issue, type DomainIssue } from '../issues/domain-issue';
import { quorum, type Quorum } from '../scoring/quorum';
import type { CouncilSession, SessionProductSnapshot } from './session.schema';
import { sheetKeyId, type SheetKey, type SheetState } from './sheet-events';

/** The members who score a product: present, scoring, not recused for it (session-v1.md, step 1). */
export function scoringMembersOf(session: CouncilSession, product: SessionProductSnapshot): string[] {
  const recused = new Set(product.conflicts.map((c) => c.memberId));
  return session.members.filter((m) => m.present && m.scores && !recused.has(m.memberId)).map((m) => m.memberId);
}

/** The quorum of the session's attendance (every member counts, the secretary too). */
export function sessionQuorum(session: CouncilSession): Quorum {
  return quorum(session.members, session.rules);
}

export type SheetProgress = 'missing' | 'draft' | 'sealed';

export interface ExpectedSheet extends SheetKey {
  readonly progress: SheetProgress;
}

/**
 * Every primary sheet the current rounds expect (each scoring member × each product still in play, in
 * its current round), with how far it has got.
 */
export function expectedSheets(session: CouncilSession, sheets: ReadonlyMap<string, SheetState>): ExpectedSheet[] {
  const expected: ExpectedSheet[] = [];
  for (const product of session.products) {
    if (product.disqualified !== null) continue;
    for (const memberId of scoringMembersOf(session, product)) {
      const key: SheetKey = { memberId, productId: product.productId, round: product.round, layer: 'primary' };
      const sheet = sheets.get(sheetKeyId(key));
      const progress: SheetProgress = !sheet ? 'missing' : sheet.seal !== null ? 'sealed' : 'draft';
      expected.push({ ...key, progress });
    }
  }
  return expected;
}

/** Whether every expected sheet of the current rounds is sealed (then they are revealed to all). */
export function allSealed(session: CouncilSession, sheets: ReadonlyMap<string, SheetState>): boolean {
  const expected = expectedSheets(session, sheets);
  return expected.length > 0 && expected.every((s) => s.progress === 'sealed');
}

/**
 * Whether the council may see the scores: once every sheet is sealed, or when the chair opened them.
 * Until then a sealed sheet is shown to nobody but its member (no disclosure before the session ends).
 */
export function scoresRevealed(session: CouncilSession, sheets: ReadonlyMap<string, SheetState>): boolean {
  return session.revealedAt !== null || allSealed(session, sheets);
}

/**
 * Why the scoring cannot start yet, as issues (empty when it can): the quorum of the council's rules
 * (3/4 present, the chair among them, by default), at least one product to score, each product's form
 * complete in the session's pack.
 */
export function startProblems(session: CouncilSession, incompleteSets: ReadonlySet<number>): DomainIssue[] {
  const problems: DomainIssue[] = [];
  const q = sessionQuorum(session);
  if (!q.met) {
    const chairMissing = session.rules.chairRequired && !session.members.some((m) => m.role === 'chair' && m.present);
    problems.push(
      issue(chairMissing ? 'session.flow.chairAbsent' : 'session.flow.noQuorum', ['members'], {
        present: q.present,
        total: q.total,
        needed: Math.ceil(session.rules.quorumFraction * q.total - 1e-9),
      }),
    );
  }
  const inPlay = session.products.filter((p) => p.disqualified === null);
  if (inPlay.length === 0) problems.push(issue('session.flow.noProducts', ['products']));
  session.products.forEach((product, index) => {
    if (product.disqualified !== null) return;
    if (incompleteSets.has(product.productSet)) {
      problems.push(
        issue('session.flow.incompleteSet', ['products', index], { product: product.name, set: product.productSet }),
      );
    }
    if (scoringMembersOf(session, product).length === 0) {
      problems.push(issue('session.flow.nobodyScores', ['products', index], { product: product.name }));
    }
  });
  return problems;
}
