import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledPacks, setOf } from '../testing/load-packs';
import { maxChoices, withPoints, type Choices } from '../testing/session-builder';
import { compileSet } from './compiled-set';
import { applyMarkerGate, meetsRequirement } from './marker-gate';
import { scoreSheet } from './score-sheet';

const { pack26 } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
const source11 = setOf(pack26, 11);
const set11 = compileSet(source11);
const FULL = maxChoices(source11);

function pointsOf(...sheets: Choices[]): Int16Array[] {
  return sheets.map((choices) => scoreSheet(set11, choices).points);
}

describe('meetsRequirement', () => {
  it('under "majority" needs more than half of the members at the required points', () => {
    expect(meetsRequirement([3, 3, 1], 3, 'majority')).toBe(true);
    expect(meetsRequirement([3, 1, 1], 3, 'majority')).toBe(false);
  });

  it('under "majority" does not count exactly half as a majority', () => {
    expect(meetsRequirement([3, 3, 1, 1], 3, 'majority')).toBe(false);
    expect(meetsRequirement([3, 3, 3, 1], 3, 'majority')).toBe(true);
    expect(meetsRequirement([2, 0], 1, 'majority')).toBe(false);
  });

  it('under "mean" compares the mean of the chosen points with the requirement, at the edge too', () => {
    expect(meetsRequirement([3, 3, 0], 2, 'mean')).toBe(true); // mean exactly 2
    expect(meetsRequirement([3, 2, 0], 2, 'mean')).toBe(false); // mean 1.67
    expect(meetsRequirement([5, 0, 0, 0], 1, 'mean')).toBe(true); // one high sheet carries the mean
  });

  it('under "all" needs every member', () => {
    expect(meetsRequirement([3, 3, 3], 3, 'all')).toBe(true);
    expect(meetsRequirement([3, 3, 1], 3, 'all')).toBe(false);
  });

  it('is never met without members', () => {
    for (const rule of ['majority', 'mean', 'all'] as const) expect(meetsRequirement([], 0, rule)).toBe(false);
  });
});

describe('applyMarkerGate', () => {
  it('keeps the band when every requirement is met', () => {
    expect(applyMarkerGate(set11, pointsOf(FULL, FULL, FULL), 5, 'majority')).toEqual({
      stars: 5,
      blockingCriteria: [],
    });
  });

  it('drops 5 to 4 when a 5★ minimum is missed but the 4★ one is met (B-4.1: 3 of 5 points)', () => {
    const sheet = withPoints(source11, FULL, { 'B-4.1': 3 });
    expect(applyMarkerGate(set11, pointsOf(sheet, sheet, sheet), 5, 'majority')).toEqual({
      stars: 4,
      blockingCriteria: ['B-4.1'],
    });
  });

  it('drops 5 to 3 when the 4★ minimum is missed too (B-4.1: 2 points meets only ***)', () => {
    const sheet = withPoints(source11, FULL, { 'B-4.1': 2 });
    expect(applyMarkerGate(set11, pointsOf(sheet, sheet), 5, 'majority')).toEqual({
      stars: 3,
      blockingCriteria: ['B-4.1'],
    });
  });

  it('drops to 2 when a 3★ minimum is missed, the lowest level the gate can give', () => {
    const sheet = withPoints(source11, FULL, { 'A-1.1': 1 }); // *** requires 2
    expect(applyMarkerGate(set11, pointsOf(sheet), 4, 'majority')).toEqual({ stars: 2, blockingCriteria: ['A-1.1'] });
  });

  it('lists the criteria that fail at the band level in form order, not in the order they were chosen', () => {
    const sheet = withPoints(source11, FULL, { 'C-7': 3, 'B-4.1': 3, 'A-1.5': 2 });
    const gate = applyMarkerGate(set11, pointsOf(sheet), 5, 'majority');
    expect(gate).toEqual({ stars: 4, blockingCriteria: ['A-1.5', 'B-4.1', 'C-7'] });
  });

  it('lists only the criteria failing at the band level, even when the product drops further', () => {
    // 1 point misses *** (so 3★ fails); 2 points misses only *****.
    const sheet = withPoints(source11, FULL, { 'A-1.5': 2, 'A-1.1': 1 });
    expect(applyMarkerGate(set11, pointsOf(sheet), 5, 'majority')).toEqual({
      stars: 2,
      blockingCriteria: ['A-1.1', 'A-1.5'],
    });
  });

  it('does not apply at bands 1 and 2, which have no requirements', () => {
    const sheet = withPoints(source11, FULL, { 'A-1.1': 1 });
    expect(applyMarkerGate(set11, pointsOf(sheet), 2, 'majority')).toEqual({ stars: 2, blockingCriteria: [] });
    expect(applyMarkerGate(set11, pointsOf(sheet), 1, 'majority')).toEqual({ stars: 1, blockingCriteria: [] });
  });

  it('combines the members’ points by the council’s rule: majority, mean or all', () => {
    const low = withPoints(source11, FULL, { 'B-4.1': 3 }); // 5★ requires 5
    const sheets = pointsOf(FULL, FULL, low, low); // B-4.1: 5, 5, 3, 3 → mean 4
    expect(applyMarkerGate(set11, sheets, 5, 'majority')).toEqual({ stars: 4, blockingCriteria: ['B-4.1'] });
    expect(applyMarkerGate(set11, sheets, 5, 'mean')).toEqual({ stars: 4, blockingCriteria: ['B-4.1'] });
    const three = pointsOf(FULL, FULL, FULL, low); // 5, 5, 5, 3: majority yes, mean 4.5 no, all no
    expect(applyMarkerGate(set11, three, 5, 'majority')).toEqual({ stars: 5, blockingCriteria: [] });
    expect(applyMarkerGate(set11, three, 5, 'mean').stars).toBe(4);
    expect(applyMarkerGate(set11, three, 5, 'all').stars).toBe(4);
  });

  it('under "mean" lets a high sheet carry a low one', () => {
    const nothing = withPoints(source11, FULL, { 'C-9': 0 }); // C-9 requires 1 at 3★, 3 at 4★
    const sheets = pointsOf(FULL, nothing); // C-9: 5 and 0 → mean 2.5: meets 3★, not 4★
    expect(applyMarkerGate(set11, sheets, 4, 'mean')).toEqual({ stars: 3, blockingCriteria: ['C-9'] });
    expect(applyMarkerGate(set11, sheets, 4, 'all')).toEqual({ stars: 2, blockingCriteria: ['C-9'] });
  });
});
