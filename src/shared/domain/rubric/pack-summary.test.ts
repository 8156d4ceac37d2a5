import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '../testing/load-packs';
import { setTotalPoints, summarisePack } from './pack-summary';

const { pack26, pack148 } = loadBundledPacks((file) => readFileSync(file, 'utf8'));

describe('summarisePack', () => {
  it('lists every set with its criteria count and total, without the forms', () => {
    const summary = summarisePack(pack26, { bundled: true });
    expect(summary).toMatchObject({ id: '26/2026', version: 1, versions: [1], bundled: true, effectiveTo: null });
    expect(summary.sets).toHaveLength(26);
    expect(summary.sets.reduce((sum, s) => sum + s.criteriaCount, 0)).toBe(787);
    expect(summary.sets.every((s) => s.totalPoints === 100 && s.complete)).toBe(true);
    expect(summary.sets[10]).toMatchObject({ no: 11, criteriaCount: pack26.sets[10]?.criteria.length });
    expect(JSON.stringify(summary)).not.toContain('"criteria"');
  });

  it('shows the incomplete 148 sets with the points they add up to', () => {
    const summary = summarisePack(pack148, { versions: [1, 2] });
    expect(summary.bundled).toBe(false);
    expect(summary.versions).toEqual([1, 2]);
    expect(summary.effectiveTo).toBe('2026-07-21');
    const incomplete = summary.sets.filter((s) => !s.complete).map((s) => [s.no, s.totalPoints]);
    expect(incomplete).toEqual([
      [11, 97],
      [12, 97],
      [13, 98],
    ]);
  });
});

describe('setTotalPoints', () => {
  it('adds the section maxima', () => {
    expect(
      setTotalPoints({
        sections: [
          { part: 'A', id: '1', title: 'x', maxPoints: 18, notes: [] },
          { part: 'B', id: '4', title: 'y', maxPoints: 13, notes: [] },
        ],
      }),
    ).toBe(31);
  });
});
