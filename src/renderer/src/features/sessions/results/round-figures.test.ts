import { describe, expect, it } from 'vitest';
import { roundFigures } from '../../../../../shared/domain/council-session/round-figures';
import { plain, tamDuong } from './test-support';

describe('the figures of each round', () => {
  it('keeps the first round of a re-scored product as the CLI printed it then, and the second as it prints it now', () => {
    const { file, compiled, expected } = tamDuong();
    const rounds = plain(roundFigures(file, 'p4', compiled));
    expect(rounds.map((r) => r.round)).toEqual([1, 2]);
    expect(rounds[0]).toEqual({
      id: 'p4',
      round: 1,
      memberTotals: { m1: 55, m2: 68, m3: 52, m4: 57, m6: 60, m7: 54 },
      mean: 57.666666666666664,
      partMeans: { A: 29.5, B: 9.333333333333334, C: 18.833333333333332 },
      spread: 16,
      spreadFlag: true,
      bandStars: 3,
      stars: 3,
      blockingCriteria: [],
      status: 'rescore',
    });
    expect(rounds[1]).toEqual(expected.products.find((p) => p.id === 'p4'));
  });

  it('has one round for a product scored once and none for a disqualified or unknown one', () => {
    const { file, compiled } = tamDuong();
    expect(roundFigures(file, 'p1', compiled).map((r) => r.round)).toEqual([1]);
    expect(roundFigures(file, 'p6', compiled)).toEqual([]);
    expect(roundFigures(file, 'nope', compiled)).toEqual([]);
  });
});
