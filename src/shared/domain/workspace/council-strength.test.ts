import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates/iso-date';
import { quorum } from '../scoring/quorum';
import { commonFraction, councilStrength, quorumNeeded, servesOn } from './council-strength';
import type { Member } from './member.schema';

const day = (value: string) => value as IsoDate;
const RULES = { quorumFraction: 0.75, chairRequired: true };
type Row = Pick<Member, 'body' | 'role' | 'scores' | 'activeFrom' | 'activeTo'>;

function member(role: Row['role'], overrides: Partial<Row> = {}): Row {
  return {
    body: 'council',
    role,
    scores: role !== 'secretary',
    activeFrom: day('2025-02-10'),
    activeTo: null,
    ...overrides,
  };
}

/** The Tam Đường council: a chair, 2 vice-chairs, 5 members and a secretary who does not score. */
const NINE = [
  member('chair'),
  member('vice-chair'),
  member('vice-chair'),
  ...Array.from({ length: 5 }, () => member('member')),
  member('secretary'),
];

describe('quorumNeeded', () => {
  it('needs 7 of 9 at 3/4 (6.75 rounds up) and exactly 6 of 8', () => {
    expect(quorumNeeded(9, 0.75)).toBe(7);
    expect(quorumNeeded(8, 0.75)).toBe(6);
  });

  it('needs exactly two thirds despite floating point, and nobody of an empty council', () => {
    expect(quorumNeeded(9, 2 / 3)).toBe(6);
    expect(quorumNeeded(3, 2 / 3)).toBe(2);
    expect(quorumNeeded(0, 0.75)).toBe(0);
  });

  it('agrees with the session quorum: that many present meets it, one fewer does not', () => {
    for (const fraction of [0.5, 0.6, 2 / 3, 0.75, 0.8, 1]) {
      for (let total = 1; total <= 25; total += 1) {
        const needed = quorumNeeded(total, fraction);
        const present = (count: number) =>
          Array.from(
            { length: total },
            (_, i) => ({ role: i === 0 ? 'chair' : 'member', present: i < count }) as const,
          );
        expect(quorum(present(needed), { quorumFraction: fraction, chairRequired: true }).met).toBe(true);
        if (needed > 1) {
          expect(quorum(present(needed - 1), { quorumFraction: fraction, chairRequired: false }).met).toBe(false);
        }
      }
    }
  });
});

describe('councilStrength', () => {
  it('says a council of 9 with its chair can meet when 7 are present, 8 of them scoring', () => {
    expect(councilStrength(NINE, RULES, day('2025-05-01'))).toEqual({
      active: 9,
      scoring: 8,
      needed: 7,
      chairs: 1,
      canMeet: true,
    });
  });

  it('counts only members serving on the day, and never the helper group', () => {
    const members = [
      ...NINE,
      member('member', { activeTo: day('2025-03-31') }),
      member('member', { activeFrom: day('2025-06-01') }),
      member('leader', { body: 'helper-group', scores: false }),
    ];
    expect(councilStrength(members, RULES, day('2025-05-01')).active).toBe(9);
    expect(councilStrength(members, RULES, day('2025-06-01')).active).toBe(10);
  });

  it('cannot meet without an active chair when the rules require one', () => {
    const withoutChair = NINE.filter((m) => m.role !== 'chair');
    expect(councilStrength(withoutChair, RULES, day('2025-05-01'))).toMatchObject({
      active: 8,
      chairs: 0,
      canMeet: false,
    });
    expect(councilStrength(withoutChair, { ...RULES, chairRequired: false }, day('2025-05-01')).canMeet).toBe(true);
  });

  it('cannot meet with nobody on the council', () => {
    expect(councilStrength([], RULES, day('2025-05-01'))).toEqual({
      active: 0,
      scoring: 0,
      needed: 0,
      chairs: 0,
      canMeet: false,
    });
  });
});

describe('servesOn', () => {
  it('includes the first and the last day of the term', () => {
    const term = { activeFrom: day('2025-02-10'), activeTo: day('2025-12-31') };
    expect(['2025-02-09', '2025-02-10', '2025-12-31', '2026-01-01'].map((d) => servesOn(term, day(d)))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('commonFraction', () => {
  it('names the fractions rules of procedure use, and nothing else', () => {
    expect(commonFraction(0.75)).toEqual([3, 4]);
    expect(commonFraction(2 / 3)).toEqual([2, 3]);
    expect(commonFraction(1)).toEqual([1, 1]);
    expect(commonFraction(0.7)).toBeNull();
  });
});
