import { describe, expect, it } from 'vitest';
import { dossiersWaiting } from './dashboard-dossiers';
import { day, dossier } from './dashboard-fixtures';

describe('dossiersWaiting', () => {
  it('lists dossiers waiting for the pre-check and returned ones, with days waited, longest first', () => {
    const rows = dossiersWaiting(
      [
        dossier('new', 'a', 'first', '2025-06-09'),
        dossier('back', 'b', 're-evaluation', '2025-04-21', 'returned', '2025-05-02'),
        dossier('again', 'c', 're-evaluation', '2025-04-15', 'resubmitted', '2025-06-12'),
        dossier('ready', 'd', 'first', '2025-03-18', 'complete', '2025-03-28'),
        dossier('out', 'e', 'first', '2025-04-08', 'disqualified', '2025-04-22'),
        dossier('done', 'f', 'first', '2025-03-10', 'evaluated', '2025-05-16'),
      ],
      day('2025-06-15'),
    );
    expect(rows.map((row) => [row.dossier.id, row.kind, row.since, row.days])).toEqual([
      ['back', 'returned', '2025-05-02', 44],
      ['new', 'precheck', '2025-06-09', 6],
      ['again', 'precheck', '2025-06-12', 3],
    ]);
  });

  it('counts 0 days for a dossier received today', () => {
    expect(dossiersWaiting([dossier('d', 'a', 'first', '2025-06-15')], day('2025-06-15'))[0]?.days).toBe(0);
  });
});
