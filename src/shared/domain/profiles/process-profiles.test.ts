import { describe, expect, it } from 'vitest';
import { PROFILE_IDS, processProfile, proposalFor } from './process-profiles';
import { roundDeadlinesFor } from './round-deadlines';

describe('proposalFor (session-v1.md, status table)', () => {
  it('forwards 4★ and 5★ to the province under district-2023 and recognises 3★', () => {
    expect([1, 2, 3, 4, 5].map((s) => proposalFor('district-2023', s as 1))).toEqual([
      'not-recognised',
      'not-recognised',
      'recognise',
      'forward-province',
      'forward-province',
    ]);
  });

  it('recognises 3★ and 4★ and forwards 5★ to the central level under the provincial profiles', () => {
    for (const profile of ['province-2025', 'province-2026'] as const) {
      expect([1, 2, 3, 4, 5].map((s) => proposalFor(profile, s as 1))).toEqual([
        'not-recognised',
        'not-recognised',
        'recognise',
        'recognise',
        'forward-central',
      ]);
    }
  });
});

describe('process profiles', () => {
  it('are the three profiles of the domain reference', () => {
    expect([...PROFILE_IDS].sort()).toEqual(['district-2023', 'province-2025', 'province-2026']);
  });

  it('name who recognises each star level', () => {
    expect(processProfile('district-2023').recognisedBy).toEqual({
      1: 'none',
      2: 'none',
      3: 'district-committee',
      4: 'province-chair',
      5: 'ministry',
    });
    expect(processProfile('province-2026').recognisedBy[4]).toBe('province-chair');
    expect(processProfile('province-2026').recognisedBy[5]).toBe('ministry');
  });

  it('score with the pack of their regulation and keep the 26/2026 grace and commune report only there', () => {
    expect(processProfile('district-2023')).toMatchObject({
      defaultPack: '148/2023',
      councilLevel: 'district',
      graceDaysAfterExpiry: 0,
    });
    expect(processProfile('province-2025')).toMatchObject({
      defaultPack: '148/2023',
      councilLevel: 'province',
      graceDaysAfterExpiry: 0,
    });
    expect(processProfile('province-2026')).toMatchObject({
      defaultPack: '26/2026',
      councilLevel: 'province',
      graceDaysAfterExpiry: 180,
      communeReportWorkingDays: 15,
    });
  });
});

describe('roundDeadlinesFor', () => {
  it('gives the Tam Đường district rounds: before 20/5 and before 20/10', () => {
    expect(roundDeadlinesFor('district-2023', 2025)).toEqual([
      { round: 1, scoreBefore: '2025-05-20', dossiersBy: null },
      { round: 2, scoreBefore: '2025-10-20', dossiersBy: null },
    ]);
  });

  it('gives the 26/2026 rounds: before 30/6 (dossiers by 30/4) and before 30/12 (dossiers by 30/10)', () => {
    for (const year of [2026, 2027]) {
      expect(roundDeadlinesFor('province-2026', year)).toEqual([
        { round: 1, scoreBefore: `${year}-06-30`, dossiersBy: `${year}-04-30` },
        { round: 2, scoreBefore: `${year}-12-30`, dossiersBy: `${year}-10-30` },
      ]);
    }
  });

  it('leaves the rounds to the provincial plan under province-2025', () => {
    expect(roundDeadlinesFor('province-2025', 2025)).toEqual([]);
  });
});
