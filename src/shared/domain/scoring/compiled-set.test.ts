import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledPacks, setOf } from '../testing/load-packs';
import { choicePoints, choiceProblem, compileSet, type CompiledCriterion } from './compiled-set';

const { pack26, pack148 } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
const set11 = compileSet(setOf(pack26, 11));
const set26 = compileSet(setOf(pack26, 26));

function compiled(set: typeof set11, id: string): CompiledCriterion {
  const found = set.byId.get(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('compileSet', () => {
  it('keeps every criterion in form order with its part and its option points', () => {
    const source = setOf(pack26, 11);
    expect(set11.no).toBe(11);
    expect(set11.criteria.map((c) => c.id)).toEqual(source.criteria.map((c) => c.id));
    expect(set11.criteria.map((c) => c.index)).toEqual(source.criteria.map((_, i) => i));
    const a11 = compiled(set11, 'A-1.1');
    expect(a11).toMatchObject({ part: 0, options: [1, 2, 3], variants: null });
    expect(compiled(set11, 'B-4.1').part).toBe(1);
    expect(compiled(set11, 'C-9').part).toBe(2);
  });

  it('carries each marked minimum up to the higher star levels, −1 where nothing is required', () => {
    // A-1.1: *** at 2 points → 2 at 3★, 4★ and 5★
    expect(compiled(set11, 'A-1.1').required).toEqual([2, 2, 2]);
    // A-1.5: **** at 2, ***** at 3
    expect(compiled(set11, 'A-1.5').required).toEqual([-1, 2, 3]);
    // B-4.1: *** 2, **** 3, ***** 5
    expect(compiled(set11, 'B-4.1').required).toEqual([2, 3, 5]);
    expect(compiled(set11, 'A-1.2').required).toEqual([-1, -1, -1]);
  });

  it('lists as gated exactly the criteria with a star requirement, in form order', () => {
    const source = setOf(pack26, 11);
    const marked = source.criteria.filter((c) => Object.keys(c.minPointsForStar).length > 0).map((c) => c.id);
    expect(set11.gated.map((c) => c.id)).toEqual(marked);
    expect(marked).toContain('C-9');
    expect(marked).not.toContain('A-1.2');
  });

  it('compiles the heading markers of QĐ 148 forms like option markers (148 set 11 A-3.6: 1 point at 4★)', () => {
    const set = compileSet(setOf(pack148, 11));
    expect(compiled(set, 'A-3.6').required).toEqual([-1, 1, 1]);
  });

  it('keeps the variant lists of community tourism by case id', () => {
    const c8 = compiled(set26, 'C-8');
    expect(c8.options).toBeNull();
    expect([...(c8.variants?.entries() ?? [])]).toEqual([
      ['a', [1, 3]],
      ['b', [1, 3]],
    ]);
  });
});

describe('choicePoints', () => {
  it('gives the chosen option’s points, 0 for "none applies"', () => {
    const a11 = compiled(set11, 'A-1.1');
    expect(choicePoints(a11, 0)).toBe(1);
    expect(choicePoints(a11, 2)).toBe(3);
    expect(choicePoints(a11, null)).toBe(0);
  });

  it('reads a variant choice from its own case list', () => {
    const c8 = compiled(set26, 'C-8');
    expect(choicePoints(c8, { variant: 'a', option: 1 })).toBe(3);
    expect(choicePoints(c8, { variant: 'b', option: 0 })).toBe(1);
  });

  it('reads the points of the chosen case, not of the first one, when the cases differ', () => {
    // The bundled cases happen to have equal points; a form whose case b is worth 2 and 3 tells them apart.
    const source = setOf(pack26, 26);
    const edited = {
      ...source,
      criteria: source.criteria.map((c) =>
        c.id === 'C-8' && c.variants
          ? {
              ...c,
              variants: c.variants.map((v) =>
                v.id === 'b' ? { ...v, options: v.options.map((o, i) => ({ ...o, points: i + 2 })) } : v,
              ),
            }
          : c,
      ),
    };
    const c8 = compiled(compileSet(edited), 'C-8');
    expect(choicePoints(c8, { variant: 'a', option: 0 })).toBe(1);
    expect(choicePoints(c8, { variant: 'b', option: 0 })).toBe(2);
    expect(choicePoints(c8, { variant: 'b', option: 1 })).toBe(3);
  });
});

describe('choiceProblem', () => {
  const a11 = compiled(set11, 'A-1.1');
  const c8 = compiled(set26, 'C-8');

  it('accepts null, an index in range and a known case with an index in range', () => {
    expect(choiceProblem(a11, null)).toBeNull();
    expect(choiceProblem(a11, 2)).toBeNull();
    expect(choiceProblem(c8, null)).toBeNull();
    expect(choiceProblem(c8, { variant: 'b', option: 1 })).toBeNull();
  });

  it('refuses an index past the last option, on a plain list and on a case list', () => {
    expect(choiceProblem(a11, 3)).toBe('session.optionOutOfRange');
    expect(choiceProblem(c8, { variant: 'a', option: 2 })).toBe('session.optionOutOfRange');
  });

  it('refuses a plain index on a criterion with cases, and a case on a criterion without', () => {
    expect(choiceProblem(c8, 1)).toBe('session.variantRequired');
    expect(choiceProblem(a11, { variant: 'a', option: 0 })).toBe('session.variantNotAllowed');
  });

  it('refuses a case the criterion does not have', () => {
    expect(choiceProblem(c8, { variant: 'c', option: 0 })).toBe('session.unknownVariant');
  });
});
