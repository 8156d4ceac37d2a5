import { describe, expect, it } from 'vitest';
import { inUpgradeRange, upgradeCandidates } from './dashboard-upgrades';
import { cert, day, dossier } from './dashboard-fixtures';

const today = day('2025-06-15');

describe('inUpgradeRange', () => {
  it('takes 3★ from 65 points and 4★ from 85 points, never 5★ or an unknown score', () => {
    expect(inUpgradeRange({ stars: 3, score: 65 })).toBe(true);
    expect(inUpgradeRange({ stars: 3, score: 64.99 })).toBe(false);
    expect(inUpgradeRange({ stars: 4, score: 85 })).toBe(true);
    expect(inUpgradeRange({ stars: 4, score: 84.75 })).toBe(false);
    expect(inUpgradeRange({ stars: 5, score: 99 })).toBe(false);
    expect(inUpgradeRange({ stars: 3, score: null })).toBe(false);
  });
});

describe('upgradeCandidates', () => {
  it('suggests a valid 3★ certificate scored 67.00: 3 points short of 4★', () => {
    const honey = cert('c', 'honey', '2024-05-28', { score: 67 });
    expect(upgradeCandidates([honey], [], today)).toEqual([
      { certificate: honey, nextStars: 4, nextBandMin: 70, gap: 3 },
    ]);
  });

  it('says 0 points short when the score reached the band but the star markers held the product back', () => {
    const held = cert('c', 'p', '2024-05-28', { stars: 4, score: 90.5 });
    expect(upgradeCandidates([held], [], today)[0]).toMatchObject({ nextStars: 5, gap: 0 });
  });

  it('orders the candidates by how close they are to the next band', () => {
    const rows = upgradeCandidates(
      [cert('a', 'a', '2024-01-10', { score: 66 }), cert('b', 'b', '2024-01-10', { stars: 4, score: 88.5 })],
      [],
      today,
    );
    expect(rows.map((row) => [row.certificate.id, row.gap])).toEqual([
      ['b', 1.5],
      ['a', 4],
    ]);
  });

  it('skips a product whose upgrade dossier since the certificate is in progress or evaluated', () => {
    const miens = cert('c', 'p', '2023-04-14', { score: 66.5 });
    expect(upgradeCandidates([miens], [dossier('d', 'p', 'upgrade', '2025-03-20')], today)).toEqual([]);
    const evaluated = dossier('d', 'p', 'upgrade', '2025-03-20', 'evaluated', '2025-05-16', { mean: 74.25, stars: 4 });
    expect(upgradeCandidates([miens], [evaluated], today)).toEqual([]);
  });

  it('still suggests it when the upgrade dossier was disqualified, older than the certificate, or a re-evaluation', () => {
    const miens = cert('c', 'p', '2023-04-14', { score: 66.5 });
    for (const other of [
      dossier('d1', 'p', 'upgrade', '2025-03-20', 'disqualified', '2025-04-01'),
      dossier('d2', 'p', 'upgrade', '2023-02-01'),
      dossier('d3', 'p', 're-evaluation', '2025-03-20'),
    ]) {
      expect(upgradeCandidates([miens], [other], today)).toHaveLength(1);
    }
  });

  it('does not suggest an expired certificate, but does one in its re-evaluation window', () => {
    const expired = cert('c', 'p', '2022-01-14', { score: 68 });
    expect(upgradeCandidates([expired], [], today)).toEqual([]);
    const windowed = cert('c', 'p', '2022-11-18', { score: 68 });
    expect(upgradeCandidates([windowed], [], today)).toHaveLength(1);
  });
});
