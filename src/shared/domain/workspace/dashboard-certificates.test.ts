import { describe, expect, it } from 'vitest';
import { attentionKind, certificatesNeedingAttention, heldCertificates } from './dashboard-certificates';
import { cert, day, dossier, entry } from './dashboard-fixtures';

// Decision 31/05/2025 → valid until 31/05/2028. The re-evaluation window runs from 03/12/2027 (180 days
// before) to 01/02/2028 (120 days before, February 2028 has 29 days); the dashboard announces it from
// 03/11/2027 (210 days before).
const CERT = cert('c1', 'p1', '2025-05-31');
const APPLIED = { ...CERT, reEvaluationAppliedOn: day('2028-05-10') };

describe('attentionKind', () => {
  it('says nothing more than 210 days before expiry, and announces the window from day 210 to day 181', () => {
    expect(attentionKind(CERT, 'district-2023', day('2027-11-02'))).toBeNull();
    expect(attentionKind(CERT, 'district-2023', day('2027-11-03'))).toBe('window-opens');
    expect(attentionKind(CERT, 'district-2023', day('2027-12-02'))).toBe('window-opens');
  });

  it('puts day 180 and day 120 before expiry inside the re-evaluation window, and day 119 after it', () => {
    expect(attentionKind(CERT, 'district-2023', day('2027-12-03'))).toBe('re-evaluation-window');
    expect(attentionKind(CERT, 'district-2023', day('2028-02-01'))).toBe('re-evaluation-window');
    expect(attentionKind(CERT, 'district-2023', day('2028-02-02'))).toBe('expiring');
  });

  it('counts the expiry day itself as the last valid day, and the day after as expired', () => {
    expect(attentionKind(CERT, 'district-2023', day('2028-05-31'))).toBe('expiring');
    expect(attentionKind(CERT, 'district-2023', day('2028-06-01'))).toBe('expired');
  });

  it('gives the 180-day grace only under QĐ 26/2026, and only to a holder who applied', () => {
    expect(attentionKind(APPLIED, 'province-2026', day('2028-06-01'))).toBe('grace');
    expect(attentionKind(APPLIED, 'province-2026', day('2028-11-27'))).toBe('grace');
    expect(attentionKind(APPLIED, 'province-2026', day('2028-11-28'))).toBe('expired');
    expect(attentionKind(CERT, 'province-2026', day('2028-06-01'))).toBe('expired');
    expect(attentionKind(APPLIED, 'province-2025', day('2028-06-01'))).toBe('expired');
    expect(attentionKind(APPLIED, 'district-2023', day('2028-06-01'))).toBe('expired');
  });
});

describe('heldCertificates', () => {
  it('keeps the newest decision of each product and drops the ones it superseded', () => {
    const old = cert('old', 'p1', '2021-05-12');
    const renewed = cert('new', 'p1', '2025-06-05');
    const other = cert('other', 'p2', '2022-01-14');
    expect(heldCertificates([entry(old), entry(renewed), entry(other)], day('2025-06-15')).map((c) => c.id)).toEqual([
      'new',
      'other',
    ]);
  });

  it('leaves out a certificate replaced by its correction, and keeps the correction', () => {
    const wrong = cert('wrong', 'p1', '2024-05-28', { score: 76 });
    const corrected = cert('right', 'p1', '2024-05-28', { score: 67, replaces: 'wrong' });
    const held = heldCertificates([entry(wrong, { replacedBy: 'right' }), entry(corrected)], day('2025-06-15'));
    expect(held.map((c) => c.id)).toEqual(['right']);
  });

  it('leaves out a revoked certificate from its revocation date, without bringing back the one it superseded', () => {
    const old = cert('old', 'p1', '2020-03-01');
    const revoked = cert('revoked', 'p1', '2023-09-12');
    const entries = [entry(old), entry(revoked, { revokedOn: '2025-03-18' })];
    expect(heldCertificates(entries, day('2025-03-17')).map((c) => c.id)).toEqual(['revoked']);
    expect(heldCertificates(entries, day('2025-03-18'))).toEqual([]);
  });
});

describe('certificatesNeedingAttention', () => {
  const today = day('2025-06-15');

  it('lists an expired certificate as due, with its days since expiry and its re-evaluation dossier', () => {
    // 20/08/2021 + 36 months = 20/08/2024, 299 days before 15/06/2025.
    const oolong = cert('c', 'oolong', '2021-08-20');
    const returned = dossier('d', 'oolong', 're-evaluation', '2025-04-21', 'returned', '2025-05-02');
    const [row] = certificatesNeedingAttention([oolong], [returned], 'district-2023', today);
    expect(row).toMatchObject({
      kind: 'expired',
      daysToExpiry: -299,
      graceEnds: null,
      reEvaluation: { id: 'd', status: 'returned', receivedOn: '2025-04-21' },
    });
  });

  it('no longer lists an expired certificate once a re-evaluation dossier was evaluated after its decision', () => {
    const expired = cert('c', 'p', '2021-08-20');
    const failed = dossier('d', 'p', 're-evaluation', '2025-03-05', 'evaluated', '2025-05-16', { mean: 45, stars: 2 });
    expect(certificatesNeedingAttention([expired], [failed], 'district-2023', today)).toEqual([]);
  });

  it('keeps it listed while the re-evaluation is in progress, disqualified, or for another product', () => {
    const expired = cert('c', 'p', '2021-08-20');
    for (const pending of [
      dossier('d1', 'p', 're-evaluation', '2025-06-10'),
      dossier('d2', 'p', 're-evaluation', '2025-04-08', 'disqualified', '2025-04-22'),
      dossier('d3', 'q', 're-evaluation', '2025-03-05', 'evaluated', '2025-05-16'),
      dossier('d4', 'p', 'upgrade', '2025-03-05', 'evaluated', '2025-05-16'),
    ]) {
      expect(certificatesNeedingAttention([expired], [pending], 'district-2023', today)).toHaveLength(1);
    }
  });

  it('lists the most overdue first and ignores certificates with more than 210 days left', () => {
    const rows = certificatesNeedingAttention(
      [cert('window', 'a', '2022-11-18'), cert('old', 'b', '2021-08-20'), cert('fresh', 'c', '2025-06-05')],
      [],
      'district-2023',
      today,
    );
    expect(rows.map((row) => [row.certificate.id, row.kind, row.daysToExpiry])).toEqual([
      ['old', 'expired', -299],
      ['window', 're-evaluation-window', 156],
    ]);
    expect(rows[1]?.window).toEqual({ opens: '2025-05-22', closes: '2025-07-21' });
  });

  it('gives the last day of the grace for a certificate in grace', () => {
    const applied = { ...CERT, reEvaluationAppliedOn: day('2028-05-10') };
    const [row] = certificatesNeedingAttention([applied], [], 'province-2026', day('2028-07-01'));
    expect(row).toMatchObject({ kind: 'grace', daysToExpiry: -31, graceEnds: '2028-11-27' });
  });
});
