import { pinMatches } from '../../../../../shared/domain/council-session/member-pin';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import { issue, type DomainIssue } from '../../../../../shared/domain/issues/domain-issue';

/** The members who may act as chair (the council's chair: normally one). */
export function chairsOf(session: Pick<CouncilSession, 'members'>): CouncilSession['members'] {
  return session.members.filter((m) => m.role === 'chair');
}

/**
 * Whether `chairId` is the session's chair and `pin` opens their PIN (when they set one): null when it
 * does, else the issue to show by the field.
 *
 * @example chair with PIN 2468, pin '1111' → issue session.flow.wrongPin at ['pin']
 */
export function chairProblem(
  session: Pick<CouncilSession, 'id' | 'members'>,
  chairId: string,
  pin: string,
): DomainIssue | null {
  const chair = chairsOf(session).find((m) => m.memberId === chairId);
  if (!chair) return issue('session.flow.notChair', ['chairId']);
  if (!pinMatches(chair.pinHash, session.id, chair.memberId, pin)) return issue('session.flow.wrongPin', ['pin']);
  return null;
}
