import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledPacks, setOf } from '../testing/load-packs';
import { maxChoices, noneChoices, withPoints } from '../testing/session-builder';
import { compileSet } from './compiled-set';
import { scoreSheet, unansweredCriteria } from './score-sheet';

const { pack26 } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
const source11 = setOf(pack26, 11);
const set11 = compileSet(source11);
const source26 = setOf(pack26, 26);

describe('scoreSheet', () => {
  it('scores every criterion at its highest option 100 = 40 + 25 + 35', () => {
    const score = scoreSheet(set11, maxChoices(source11));
    expect(score.total).toBe(100);
    expect([...score.parts]).toEqual([40, 25, 35]);
    expect([...score.points]).toEqual(source11.criteria.map((c) => c.maxPoints));
  });

  it('counts "none applies" as 0 points', () => {
    const score = scoreSheet(set11, noneChoices(source11));
    expect(score.total).toBe(0);
    expect([...score.parts]).toEqual([0, 0, 0]);
  });

  it('takes points off the part of each lowered criterion', () => {
    // 3 → 1, B-4.1 5 → 2, C-9 5 → null
    const choices = withPoints(source11, maxChoices(source11), { 'A-1.1': 1, 'B-4.1': 2 });
    choices['C-9'] = null;
    const score = scoreSheet(set11, choices);
    expect([...score.parts]).toEqual([38, 22, 30]);
    expect(score.total).toBe(90);
    expect(score.points[set11.byId.get('C-9')?.index ?? -1]).toBe(0);
  });

  it('reads the chosen case of a criterion with alternative lists', () => {
    const base = noneChoices(source26);
    const score = scoreSheet(compileSet(source26), {
      ...base,
      'C-8': { variant: 'a', option: 1 },
      'C-9': { variant: 'b', option: 0 },
    });
    expect(score.total).toBe(4);
    expect([...score.parts]).toEqual([0, 0, 4]);
  });

  it('counts an unanswered criterion 0 and ignores keys that are not criteria of the set', () => {
    const score = scoreSheet(set11, { 'A-1.1': 2, 'Z-1': 5 });
    expect(score.total).toBe(3);
    expect([...score.parts]).toEqual([3, 0, 0]);
  });
});

describe('unansweredCriteria', () => {
  it('tells "not yet scored" apart from "none of the options applies"', () => {
    const ids = source11.criteria.map((c) => c.id);
    expect(unansweredCriteria(set11, {})).toEqual(ids);
    // Both sheets are worth 0 points, but only the second is finished.
    expect(scoreSheet(set11, {}).total).toBe(0);
    expect(scoreSheet(set11, noneChoices(source11)).total).toBe(0);
    expect(unansweredCriteria(set11, noneChoices(source11))).toEqual([]);
  });

  it('lists what is left in form order', () => {
    const choices = maxChoices(source11);
    delete choices['C-6.1.2'];
    delete choices['A-1.3'];
    expect(unansweredCriteria(set11, choices)).toEqual(['A-1.3', 'C-6.1.2']);
  });
});
