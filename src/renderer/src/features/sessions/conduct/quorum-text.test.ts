import { describe, expect, it } from 'vitest';
import { fractionText, membersNeeded, quorumWording } from './quorum-text';
import { member, session } from './test-support';

const nine = (absent: readonly string[], chairAbsent = false) =>
  session(
    Array.from({ length: 9 }, (_, i) => {
      const id = `m${i + 1}`;
      return member(id, {
        role: i === 0 ? 'chair' : 'member',
        present: i === 0 ? !chairAbsent : !absent.includes(id),
      });
    }),
    [],
  );

describe('quorum in words', () => {
  it('says a fraction as people say it', () => {
    expect([0.75, 2 / 3, 0.5, 0.8, 1, 0.72].map(fractionText)).toEqual(['3/4', '2/3', '1/2', '4/5', '1/1', '72%']);
  });

  it('counts the members needed as the quorum gate does (3/4 of 9 is 7, of 8 exactly 6)', () => {
    expect([membersNeeded(0.75, 9), membersNeeded(0.75, 8), membersNeeded(0.75, 7)]).toEqual([7, 6, 6]);
  });

  it('says 7 of 9 present with the chair meets the rule of 3/4 and the chair', () => {
    expect(quorumWording(nine(['m8', 'm9']))).toEqual({
      met: true,
      rule: { key: 'withChair', params: { present: 7, total: 9, needed: 7, fraction: '3/4' } },
      verdict: [{ key: 'met', params: {} }],
    });
  });

  it('says how many members are missing when too many are absent', () => {
    const wording = quorumWording(nine(['m7', 'm8', 'm9']));
    expect(wording.met).toBe(false);
    expect(wording.verdict).toEqual([{ key: 'missing', params: { count: 1 } }]);
  });

  it('says the chair is absent even when enough members are present', () => {
    const wording = quorumWording(nine([], true));
    expect([wording.met, wording.rule.params['present'], wording.verdict]).toEqual([
      false,
      8,
      [{ key: 'chairAbsent', params: {} }],
    ]);
  });

  it('names both reasons, and leaves the chair out of the rule when the council does not require it', () => {
    expect(quorumWording(nine(['m6', 'm7', 'm8'], true)).verdict.map((v) => v.key)).toEqual(['missing', 'chairAbsent']);
    const lenient = { ...nine([], true), rules: { ...nine([]).rules, chairRequired: false } };
    expect(quorumWording(lenient)).toMatchObject({ met: true, rule: { key: 'withoutChair' } });
  });
});
