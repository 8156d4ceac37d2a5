import { describe, expect, it } from 'vitest';
import { memberQueue, memberTallies, nextToScore, scoringMembers, scoringTally } from './member-queue';
import { testSession, testSheets } from './test-session';

describe('who scores what on this laptop', () => {
  it('offers the present members who score, and only the kit’s member in a session opened from a kit', () => {
    expect(scoringMembers(testSession()).map((m) => m.memberId)).toEqual(['m1', 'm2']);
    expect(scoringMembers(testSession({ remoteMember: 'm2' })).map((m) => m.memberId)).toEqual(['m2']);
  });

  it('queues the products a member scores now, in their current round, leaving out recusals and exclusions', () => {
    const sheets = testSheets(['m1', 'p1', 1, true], ['m1', 'p1', 2, false]);
    const queue = memberQueue(testSession(), sheets, 'm1');
    expect(queue.map((i) => [i.product.productId, i.key.round, i.progress])).toEqual([
      ['p1', 2, 'draft'],
      ['p2', 1, 'missing'],
    ]);
    expect(memberQueue(testSession(), sheets, 'm2').map((i) => i.product.productId)).toEqual(['p1']);
    expect(memberQueue(testSession(), sheets, 'm3')).toEqual([]);
  });

  it('keeps only the seal of a sealed sheet in the queue, never its choices', () => {
    const [item] = memberQueue(testSession(), testSheets(['m1', 'p1', 2, true]), 'm1');
    expect(item).toMatchObject({ progress: 'sealed', seal: 'a'.repeat(64) });
    expect(Object.keys(item ?? {})).toEqual(['product', 'key', 'progress', 'seal']);
  });

  it('goes on to the next sheet still to seal after the one just sealed, wrapping round', () => {
    const session = testSession({
      products: [...testSession().products.slice(0, 2), { ...testSession().products[0]!, productId: 'p4', round: 1 }],
    });
    const queue = memberQueue(session, testSheets(['m1', 'p1', 2, false], ['m1', 'p2', 1, true]), 'm1');
    expect(nextToScore(queue, 'p1')?.product.productId).toBe('p4');
    expect(nextToScore(queue, 'p4')?.product.productId).toBe('p1');
    const allSealed = memberQueue(session, testSheets(['m1', 'p2', 1, true], ['m1', 'p4', 1, true]), 'm1');
    expect(nextToScore(allSealed, 'p1')).toBeNull();
  });

  it('counts each member’s sealed sheets and the round’s progress as the board does, without a score', () => {
    const sheets = testSheets(['m1', 'p1', 2, true], ['m1', 'p2', 1, false], ['m1', 'p1', 1, true]);
    expect(memberTallies(testSession(), sheets).map((t) => [t.member.memberId, t.sealed, t.draft, t.expected])).toEqual(
      [
        ['m1', 1, 1, 2],
        ['m2', 0, 0, 1],
      ],
    );
    expect(scoringTally(testSession(), sheets)).toEqual({ sealed: 1, draft: 1, missing: 1, expected: 3 });
  });
});
