import {
  expectedSheets,
  scoringMembersOf,
  type SheetProgress,
} from '../../../../../shared/domain/council-session/session-progress';
import type {
  CouncilSession,
  SessionMemberSnapshot,
  SessionProductSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import { sheetKeyId, type SheetKey, type SheetState } from '../../../../../shared/domain/council-session/sheet-events';

/** One product a member scores in its current round, with how far their sheet has got. */
export interface QueueItem {
  readonly product: SessionProductSnapshot;
  readonly key: SheetKey;
  readonly progress: SheetProgress;
  /** The seal of a sealed sheet (null otherwise): the only thing about it others may see. */
  readonly seal: string | null;
}

/** A scoring member with the count of their sheets of the current rounds (never a score). */
export interface MemberTally {
  readonly member: SessionMemberSnapshot;
  readonly sealed: number;
  readonly draft: number;
  readonly expected: number;
}

export interface ScoringTally {
  readonly sealed: number;
  readonly draft: number;
  readonly missing: number;
  readonly expected: number;
}

/** The primary sheet key of a member for a product in its current round. */
export function primaryKey(memberId: string, product: SessionProductSnapshot): SheetKey {
  return { memberId, productId: product.productId, round: product.round, layer: 'primary' };
}

/**
 * The members who may score on this laptop: present scoring members, or only the kit's member in a
 * session opened from a member kit.
 */
export function scoringMembers(session: CouncilSession): SessionMemberSnapshot[] {
  return session.members.filter(
    (m) => m.present && m.scores && (session.remoteMember === null || m.memberId === session.remoteMember),
  );
}

/**
 * The products a member scores now, in the session's order: not disqualified, not recused, each in its
 * current round, with the state of the member's sheet.
 *
 * @example memberQueue(session, sheets, 'm1').map((i) => i.progress) → ['sealed', 'draft', 'missing']
 */
export function memberQueue(
  session: CouncilSession,
  sheets: ReadonlyMap<string, SheetState>,
  memberId: string,
): QueueItem[] {
  return session.products
    .filter((p) => p.disqualified === null && scoringMembersOf(session, p).includes(memberId))
    .map((product) => {
      const key = primaryKey(memberId, product);
      const sheet = sheets.get(sheetKeyId(key));
      const progress: SheetProgress = !sheet ? 'missing' : sheet.seal !== null ? 'sealed' : 'draft';
      return { product, key, progress, seal: sheet?.seal ?? null };
    });
}

/** The next product of a queue still to seal after `productId` (wrapping round), or null when none is left. */
export function nextToScore(queue: readonly QueueItem[], productId: string): QueueItem | null {
  const from = queue.findIndex((item) => item.product.productId === productId);
  for (let step = 1; step <= queue.length; step += 1) {
    const item = queue[(from + step + queue.length) % queue.length];
    if (item && item.product.productId !== productId && item.progress !== 'sealed') return item;
  }
  return null;
}

/** Each member who may score here, with how many of their expected sheets are sealed (the picker). */
export function memberTallies(session: CouncilSession, sheets: ReadonlyMap<string, SheetState>): MemberTally[] {
  const expected = expectedSheets(session, sheets);
  return scoringMembers(session).map((member) => {
    const mine = expected.filter((s) => s.memberId === member.memberId);
    return {
      member,
      sealed: mine.filter((s) => s.progress === 'sealed').length,
      draft: mine.filter((s) => s.progress === 'draft').length,
      expected: mine.length,
    };
  });
}

/**
 * How far the current rounds have got, as the progress board counts it: sealed, being scored and not
 * started sheets of every expected sheet.
 *
 * @example 2 members × 2 products, one sealed and one started → { sealed: 1, draft: 1, missing: 2, expected: 4 }
 */
export function scoringTally(session: CouncilSession, sheets: ReadonlyMap<string, SheetState>): ScoringTally {
  const expected = expectedSheets(session, sheets);
  const count = (progress: SheetProgress) => expected.filter((s) => s.progress === progress).length;
  return { sealed: count('sealed'), draft: count('draft'), missing: count('missing'), expected: expected.length };
}
