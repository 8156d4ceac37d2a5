import { describe, expect, it } from 'vitest';
import { requiredPoints, starLevelMetBy } from './star-requirements';

describe('requiredPoints', () => {
  it('returns the marked minimum at the marked level', () => {
    expect(requiredPoints({ minPointsForStar: { '3': 1, '5': 3 } }, 3)).toBe(1);
    expect(requiredPoints({ minPointsForStar: { '3': 1, '5': 3 } }, 5)).toBe(3);
  });

  it('carries the highest marked level at or below the asked level upwards', () => {
    expect(requiredPoints({ minPointsForStar: { '3': 1, '5': 3 } }, 4)).toBe(1);
    expect(requiredPoints({ minPointsForStar: { '4': 2 } }, 5)).toBe(2);
  });

  it('requires nothing below the lowest marked level, nor at levels 1 and 2', () => {
    expect(requiredPoints({ minPointsForStar: { '4': 2 } }, 3)).toBeUndefined();
    expect(requiredPoints({ minPointsForStar: { '3': 2 } }, 2)).toBeUndefined();
    expect(requiredPoints({ minPointsForStar: { '3': 2 } }, 1)).toBeUndefined();
    expect(requiredPoints({ minPointsForStar: {} }, 5)).toBeUndefined();
  });

  it('treats a 0-point minimum as a requirement (met by anything, but present)', () => {
    expect(requiredPoints({ minPointsForStar: { '3': 0 } }, 4)).toBe(0);
  });
});

describe('starLevelMetBy', () => {
  const criterion = { minPointsForStar: { '3': 1, '4': 3, '5': 5 } } as const;

  it('names the highest level whose minimum the points meet', () => {
    expect(starLevelMetBy(criterion, 0)).toBeNull();
    expect(starLevelMetBy(criterion, 1)).toBe(3);
    expect(starLevelMetBy(criterion, 2)).toBe(3);
    expect(starLevelMetBy(criterion, 3)).toBe(4);
    expect(starLevelMetBy(criterion, 5)).toBe(5);
  });

  it('meets every level of a criterion without markers', () => {
    expect(starLevelMetBy({ minPointsForStar: {} }, 0)).toBe(5);
  });

  it('meets level 3 of a criterion marked only at 4★ with any points, and 5 once the 4★ minimum is met', () => {
    expect(starLevelMetBy({ minPointsForStar: { '4': 2 } }, 1)).toBe(3);
    expect(starLevelMetBy({ minPointsForStar: { '4': 2 } }, 2)).toBe(5);
  });
});
