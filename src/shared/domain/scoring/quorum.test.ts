import { describe, expect, it } from 'vitest';
import { quorum } from './quorum';

type Role = 'chair' | 'vice-chair' | 'member' | 'secretary';
const RULES = { quorumFraction: 0.75, chairRequired: true };

/** `total` members, the first one the chair; `absent` lists the 0-based indexes of those absent. */
function council(total: number, absent: number[] = []): { role: Role; present: boolean }[] {
  return Array.from({ length: total }, (_, i) => ({
    role: i === 0 ? 'chair' : 'member',
    present: !absent.includes(i),
  }));
}

describe('quorum', () => {
  it('is met with 6 of 8 present (exactly 3/4) and the chair among them', () => {
    expect(quorum(council(8, [6, 7]), RULES)).toEqual({ present: 6, total: 8, met: true });
  });

  it('is not met with 5 of 8 present', () => {
    expect(quorum(council(8, [5, 6, 7]), RULES)).toEqual({ present: 5, total: 8, met: false });
  });

  it('is not met when the chair is absent and required, whatever the count', () => {
    expect(quorum(council(8, [0]), RULES)).toEqual({ present: 7, total: 8, met: false });
  });

  it('is met without the chair when the council does not require the chair', () => {
    expect(quorum(council(8, [0]), { ...RULES, chairRequired: false })).toEqual({ present: 7, total: 8, met: true });
  });

  it('counts the secretary among present and total members', () => {
    const members: { role: Role; present: boolean }[] = [
      { role: 'chair', present: true },
      { role: 'member', present: true },
      { role: 'member', present: false },
      { role: 'secretary', present: true },
    ];
    expect(quorum(members, RULES)).toEqual({ present: 3, total: 4, met: true });
  });

  it('meets a fraction that does not divide evenly only from the next whole member (7 of 9 at 3/4 = 6.75)', () => {
    expect(quorum(council(9, [7, 8]), RULES).met).toBe(true);
    expect(quorum(council(9, [6, 7, 8]), RULES).met).toBe(false);
  });

  it('meets a fraction of 2/3 at exactly two thirds despite floating point', () => {
    expect(quorum(council(3, [2]), { quorumFraction: 2 / 3, chairRequired: true }).met).toBe(true);
    expect(quorum(council(9, [6, 7, 8]), { quorumFraction: 2 / 3, chairRequired: true }).met).toBe(true);
  });

  it('is never met by an empty council', () => {
    expect(quorum([], { ...RULES, chairRequired: false })).toEqual({ present: 0, total: 0, met: false });
  });
});
