import { describe, expect, it } from 'vitest';
import { rowForKey, rowIndexOf, sameChoice, sheetOptions, variantKeyRange } from './sheet-options';
import { plainCriterion, variantCriterion } from './test-support';

describe('the rows of a criterion on the sheet', () => {
  it('gives each option its digit in form order and "none applies" the key 0, last', () => {
    const rows = sheetOptions(plainCriterion());
    expect(rows.map((row) => [row.key, row.choice, row.points])).toEqual([
      ['1', 0, 1],
      ['2', 1, 2],
      ['3', 2, 3],
      ['0', null, 0],
    ]);
  });

  it('counts the digits across the variant lists, so a variant criterion takes one key', () => {
    const rows = sheetOptions(variantCriterion());
    expect(rows.map((row) => row.key)).toEqual(['1', '2', '3', '4', '0']);
    expect(rowForKey(rows, '3')?.choice).toEqual({ variant: 'b', option: 0 });
    expect(rowForKey(rows, '3')?.number).toBe(1);
    expect(variantKeyRange(rows, 'a')).toEqual({ from: '1', to: '2' });
    expect(variantKeyRange(rows, 'b')).toEqual({ from: '3', to: '4' });
  });

  it('leaves rows past the ninth without a key (reachable by ← → or the mouse)', () => {
    const criterion = plainCriterion();
    criterion.options = Array.from({ length: 11 }, (_, index) => ({ text: `Mức ${index + 1}`, points: index }));
    const rows = sheetOptions(criterion);
    expect(rows[8]?.key).toBe('9');
    expect(rows[9]?.key).toBeNull();
    expect(rows[11]?.key).toBe('0');
    expect(rowForKey(rows, '0')?.choice).toBeNull();
  });

  it('finds the row of an answer, and none for "not yet scored"', () => {
    const rows = sheetOptions(variantCriterion());
    expect(rowIndexOf(rows, { variant: 'b', option: 1 })).toBe(3);
    expect(rowIndexOf(rows, null)).toBe(4);
    expect(rowIndexOf(rows, undefined)).toBe(-1);
    expect(rowForKey(rows, '5')).toBeUndefined();
  });
});

describe('comparing answers', () => {
  it('tells "not yet scored" from "none applies" from option 0', () => {
    expect(sameChoice(undefined, undefined)).toBe(true);
    expect(sameChoice(null, null)).toBe(true);
    expect(sameChoice(undefined, null)).toBe(false);
    expect(sameChoice(null, 0)).toBe(false);
    expect(sameChoice(0, undefined)).toBe(false);
    expect(sameChoice(2, 2)).toBe(true);
  });

  it('compares variant answers by case and option', () => {
    expect(sameChoice({ variant: 'a', option: 1 }, { variant: 'a', option: 1 })).toBe(true);
    expect(sameChoice({ variant: 'a', option: 1 }, { variant: 'b', option: 1 })).toBe(false);
    expect(sameChoice({ variant: 'a', option: 1 }, 1)).toBe(false);
  });
});
