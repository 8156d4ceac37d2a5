import { describe, expect, it } from 'vitest';
import { firstUnanswered, mismatchedCriteria, nextUnanswered, sheetProgress } from './sheet-progress';

const IDS = ['A-1.1', 'A-1.2', 'B-4.1', 'C-8'];

describe('the next criterion not yet scored', () => {
  it('is the first one after the focused criterion that has no answer', () => {
    expect(nextUnanswered(IDS, { 'A-1.2': 1 }, 0)).toBe(2);
  });

  it('counts "none applies" as an answer', () => {
    expect(nextUnanswered(IDS, { 'A-1.2': null, 'B-4.1': null }, 0)).toBe(3);
  });

  it('wraps round to the start of the sheet', () => {
    expect(nextUnanswered(IDS, { 'B-4.1': 0, 'C-8': { variant: 'a', option: 0 } }, 2)).toBe(0);
  });

  it('comes back to the focused criterion itself when it is the only one left', () => {
    expect(nextUnanswered(IDS, { 'A-1.1': 0, 'A-1.2': 0, 'C-8': null }, 2)).toBe(2);
  });

  it('is null when every criterion is answered', () => {
    const all = { 'A-1.1': 0, 'A-1.2': null, 'B-4.1': 2, 'C-8': { variant: 'b', option: 1 } };
    expect(nextUnanswered(IDS, all, 1)).toBeNull();
    expect(firstUnanswered(IDS, all)).toBeNull();
  });

  it('starts at the top for the first one', () => {
    expect(firstUnanswered(IDS, {})).toBe(0);
    expect(firstUnanswered(IDS, { 'A-1.1': 1 })).toBe(1);
  });
});

describe('double entry', () => {
  const other = { 'A-1.1': 2, 'A-1.2': null, 'B-4.1': 1, 'C-8': { variant: 'a', option: 1 } };

  it('lists the criteria answered differently from the other entry, in form order', () => {
    const mine = { 'C-8': { variant: 'b', option: 1 }, 'A-1.1': 2, 'A-1.2': 0, 'B-4.1': 1 };
    expect(mismatchedCriteria(IDS, mine, other)).toEqual(['A-1.2', 'C-8']);
  });

  it('does not count a criterion this entry has not reached yet', () => {
    expect(mismatchedCriteria(IDS, { 'A-1.1': 2 }, other)).toEqual([]);
  });

  it('counts an answer the other entry does not have', () => {
    expect(mismatchedCriteria(IDS, { 'A-1.1': 2 }, {})).toEqual(['A-1.1']);
  });

  it('has no mismatches without another entry', () => {
    expect(mismatchedCriteria(IDS, { 'A-1.1': 2 }, undefined)).toEqual([]);
  });
});

describe('whether a sheet may be submitted', () => {
  it('refuses while a criterion is not yet scored', () => {
    expect(sheetProgress(IDS, { 'A-1.1': 0, 'A-1.2': null, 'B-4.1': 2 }, undefined)).toEqual({
      remaining: 1,
      mismatches: [],
      canSubmit: false,
    });
  });

  it('accepts a complete sheet whose answers include "none applies"', () => {
    const all = { 'A-1.1': null, 'A-1.2': null, 'B-4.1': null, 'C-8': null };
    expect(sheetProgress(IDS, all, undefined).canSubmit).toBe(true);
  });

  it('refuses a complete sheet that differs from the other entry, and accepts it once they agree', () => {
    const other = { 'A-1.1': 2, 'A-1.2': null, 'B-4.1': 1, 'C-8': { variant: 'a', option: 1 } };
    const mine = { ...other, 'B-4.1': 2 };
    expect(sheetProgress(IDS, mine, other)).toEqual({ remaining: 0, mismatches: ['B-4.1'], canSubmit: false });
    expect(sheetProgress(IDS, { ...mine, 'B-4.1': 1 }, other).canSubmit).toBe(true);
  });
});
