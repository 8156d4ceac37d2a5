import type { SessionMember, SessionRules } from '../session/session-file.schema';

export interface Quorum {
  readonly present: number;
  readonly total: number;
  readonly met: boolean;
}

/**
 * The council's quorum (Quy chế): present members / all members ≥ `quorumFraction` (3/4 by default),
 * and the chair present when `chairRequired`. Every member counts, the secretary too.
 *
 * @example 8 of 9 present, chair present → { present: 8, total: 9, met: true }
 */
export function quorum(
  members: readonly Pick<SessionMember, 'role' | 'present'>[],
  rules: Pick<SessionRules, 'quorumFraction' | 'chairRequired'>,
): Quorum {
  const total = members.length;
  const present = members.filter((m) => m.present).length;
  const chairPresent = members.some((m) => m.role === 'chair' && m.present);
  const met = total > 0 && present >= rules.quorumFraction * total - 1e-9 && (!rules.chairRequired || chairPresent);
  return { present, total, met };
}
