import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import { quorum } from '../../../../../shared/domain/scoring/quorum';

/** A message of the catalogue with its parameters, to be said in the user's language. */
export interface Wording {
  readonly key: 'withChair' | 'withoutChair' | 'met' | 'missing' | 'chairAbsent';
  readonly params: Readonly<Record<string, string | number>>;
}

export interface QuorumWording {
  readonly met: boolean;
  /** "7/9 có mặt; cần ít nhất 7 (3/4) và Chủ tịch có mặt" */
  readonly rule: Wording;
  /** "đủ điều kiện", or each reason it is not met. */
  readonly verdict: readonly Wording[];
}

/**
 * A fraction as people say it: the simplest p/q with q up to 12 (0.75 → "3/4", 2/3 → "2/3"), else a
 * percentage ("72%").
 *
 * @example fractionText(0.75) === '3/4'
 */
export function fractionText(fraction: number): string {
  for (let q = 1; q <= 12; q += 1) {
    const p = Math.round(fraction * q);
    if (Math.abs(fraction * q - p) < 1e-9) return `${p}/${q}`;
  }
  return `${Math.round(fraction * 100)}%`;
}

/** The fewest members present that meet the quorum fraction (as the quorum gate counts them). */
export function membersNeeded(fraction: number, total: number): number {
  return Math.ceil(fraction * total - 1e-9);
}

/**
 * The quorum of a session in words: who is present against the rule (3/4 of the members, the chair among
 * them), and whether that is enough, or what is missing.
 *
 * @example 7 of 9 present with the chair, rule 3/4 → rule withChair {present 7, total 9, needed 7,
 *   fraction "3/4"}, verdict [met]
 */
export function quorumWording(session: Pick<CouncilSession, 'members' | 'rules'>): QuorumWording {
  const q = quorum(session.members, session.rules);
  const needed = membersNeeded(session.rules.quorumFraction, q.total);
  const params = { present: q.present, total: q.total, needed, fraction: fractionText(session.rules.quorumFraction) };
  const rule: Wording = { key: session.rules.chairRequired ? 'withChair' : 'withoutChair', params };
  if (q.met) return { met: true, rule, verdict: [{ key: 'met', params: {} }] };
  const verdict: Wording[] = [];
  if (q.present < needed) verdict.push({ key: 'missing', params: { count: needed - q.present } });
  const chairPresent = session.members.some((m) => m.role === 'chair' && m.present);
  if (session.rules.chairRequired && !chairPresent) verdict.push({ key: 'chairAbsent', params: {} });
  return { met: false, rule, verdict };
}
