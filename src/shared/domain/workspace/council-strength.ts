import type { IsoDate } from '../dates/iso-date';
import { quorum } from '../scoring/quorum';
import type { SessionRules } from '../session/session-file.schema';
import type { Member } from './member.schema';

/** Whether a member serves on `on`: active from on or before it, not ended before it. */
export function servesOn(member: Pick<Member, 'activeFrom' | 'activeTo'>, on: IsoDate): boolean {
  return member.activeFrom <= on && (member.activeTo === null || member.activeTo >= on);
}

/**
 * The fewest members who must be present for a council of `total` to meet, under `quorumFraction`
 * (Quy chế). Agrees with `quorum()`: that many present meets the fraction, one fewer does not.
 *
 * @example quorumNeeded(9, 0.75) === 7 (6.75 rounds up to the next whole member); quorumNeeded(8, 0.75) === 6
 */
export function quorumNeeded(total: number, quorumFraction: number): number {
  if (total <= 0) return 0;
  return Math.min(total, Math.max(1, Math.ceil(quorumFraction * total - 1e-9)));
}

export interface CouncilStrength {
  /** Council members serving today. */
  readonly active: number;
  /** Of those, the ones who fill score sheets. */
  readonly scoring: number;
  /** Members that must be present for a session to meet (quorum), from the active ones. */
  readonly needed: number;
  /** Active members whose role is chair (one is expected). */
  readonly chairs: number;
  /** Whether the active council can meet at all: members to reach the quorum, and a chair when required. */
  readonly canMeet: boolean;
}

/**
 * What the council can do with the members it has on `on`: how many serve, how many must be present for a
 * session (Quy chế: 3/4 by default, every member counting, the secretary too), and whether it can meet,
 * which needs an active chair when the rules require the chair.
 *
 * @example 9 active members with a chair, rules 3/4 and chair required
 *   → { active: 9, scoring: 8, needed: 7, chairs: 1, canMeet: true }
 */
export function councilStrength(
  members: readonly Pick<Member, 'body' | 'role' | 'scores' | 'activeFrom' | 'activeTo'>[],
  rules: Pick<SessionRules, 'quorumFraction' | 'chairRequired'>,
  on: IsoDate,
): CouncilStrength {
  const active = members.filter((m) => m.body === 'council' && servesOn(m, on));
  const roles = active.map((m) => ({ role: m.role === 'leader' ? 'member' : m.role, present: true }) as const);
  return {
    active: active.length,
    scoring: active.filter((m) => m.scores).length,
    needed: quorumNeeded(active.length, rules.quorumFraction),
    chairs: active.filter((m) => m.role === 'chair').length,
    canMeet: quorum(roles, rules).met,
  };
}

/** Quorum fractions councils' rules of procedure use, as [numerator, denominator]. */
export const COMMON_QUORUM_FRACTIONS: readonly (readonly [number, number])[] = [
  [1, 2],
  [3, 5],
  [2, 3],
  [3, 4],
  [4, 5],
  [1, 1],
];

/**
 * The common fraction a quorum setting stands for, or null when it is none of them (show a percentage).
 *
 * @example commonFraction(0.75) → [3, 4]; commonFraction(2 / 3) → [2, 3]; commonFraction(0.7) → null
 */
export function commonFraction(value: number): readonly [number, number] | null {
  return COMMON_QUORUM_FRACTIONS.find(([n, d]) => Math.abs(n / d - value) < 1e-9) ?? null;
}
