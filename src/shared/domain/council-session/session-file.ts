import type { CompiledSet } from '../scoring/compiled-set';
import { computeResults, type SessionResults } from '../scoring/compute-results';
import { SESSION_FORMAT, type SessionFile } from '../session/session-file.schema';
import type { CouncilSession } from './session.schema';
import type { SheetState } from './sheet-events';

/**
 * The session as a session@1 file (shared/formats/session-v1.md): members, products, and every sealed
 * primary sheet of every round. Drafts and verification copies stay out. The app computes its results
 * from exactly this file, so the screen and `ocop-council results <file> --json` cannot disagree.
 */
export function toSessionFile(session: CouncilSession, sheets: Iterable<SheetState>): SessionFile {
  const order = new Map(session.products.map((p, i) => [p.productId, i]));
  const memberOrder = new Map(session.members.map((m, i) => [m.memberId, i]));
  const sealed = [...sheets]
    .filter((s) => s.layer === 'primary' && s.seal !== null && order.has(s.productId) && memberOrder.has(s.memberId))
    .sort(
      (a, b) =>
        (order.get(a.productId) ?? 0) - (order.get(b.productId) ?? 0) ||
        a.round - b.round ||
        (memberOrder.get(a.memberId) ?? 0) - (memberOrder.get(b.memberId) ?? 0),
    );
  return {
    format: SESSION_FORMAT,
    profile: session.profile,
    rubric: session.pack.id,
    rules: session.rules,
    council: {
      name: session.councilName,
      members: session.members.map((m) => ({
        id: m.memberId,
        name: m.name,
        role: m.role,
        present: m.present,
        scores: m.scores,
      })),
    },
    products: session.products.map((p) => ({
      id: p.productId,
      name: p.name,
      productSet: p.productSet,
      producer: p.producerName,
      attempt: p.attempt,
      recused: p.conflicts.map((c) => c.memberId),
      disqualified: p.disqualified,
    })),
    sheets: sealed.map((s) => ({
      member: s.memberId,
      product: s.productId,
      round: s.round,
      choices: { ...s.choices },
    })),
  };
}

/** The session's results as of now (sealed sheets only), exactly as the CLI computes them from its file. */
export function sessionResults(
  session: CouncilSession,
  sheets: Iterable<SheetState>,
  sets: ReadonlyMap<number, CompiledSet>,
): SessionResults {
  return computeResults(toSessionFile(session, sheets), sets);
}
