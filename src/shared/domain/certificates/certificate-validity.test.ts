import { describe, expect, it } from 'vitest';
import { parseIsoDate, type IsoDate } from '../dates/iso-date';
import {
  certificateStatus,
  certificateValidUntil,
  daysToExpiry,
  graceEnds,
  reEvaluationWindow,
  type CertificateDates,
} from './certificate-validity';

function d(value: string): IsoDate {
  const date = parseIsoDate(value);
  if (date === null) throw new Error(`${value} is not a date`);
  return date;
}

// Decision 31/05/2025 → valid until 31/05/2028 (2028 is a leap year).
// Counting back from 31/05/2028: 01/05 is 30 days before, 01/04 61, 01/03 91, 01/02 120 (29 days in
// February 2028), 01/01 151, 01/12/2027 182, so 03/12/2027 is 180 days before.
const VALID_UNTIL = d('2028-05-31');
const CERT: CertificateDates = { validUntil: VALID_UNTIL, revokedOn: null, reEvaluationAppliedOn: null };
const APPLIED: CertificateDates = { ...CERT, reEvaluationAppliedOn: d('2028-05-20') };

describe('certificateValidUntil', () => {
  it('adds 36 months to the decision date', () => {
    expect(certificateValidUntil(d('2025-05-31'))).toBe('2028-05-31');
    expect(certificateValidUntil(d('2026-01-15'))).toBe('2029-01-15');
  });

  it('ends on 28 February when the decision was on 29 February', () => {
    expect(certificateValidUntil(d('2024-02-29'))).toBe('2027-02-28');
  });

  it('keeps the day of the month when the expiry month has it (28 February stays 28 February in a leap year)', () => {
    expect(certificateValidUntil(d('2025-02-28'))).toBe('2028-02-28');
    expect(certificateValidUntil(d('2025-03-31'))).toBe('2028-03-31');
  });
});

describe('reEvaluationWindow', () => {
  it('opens 180 days and closes 120 days before expiry', () => {
    expect(reEvaluationWindow(VALID_UNTIL)).toEqual({ opens: '2027-12-03', closes: '2028-02-01' });
  });
});

describe('certificateStatus', () => {
  const status = (
    today: string,
    cert: CertificateDates = CERT,
    profile: Parameters<typeof certificateStatus>[2] = 'province-2026',
  ) => certificateStatus(cert, d(today), profile);

  it('includes both boundary days of the window: day 180 and day 120 before expiry', () => {
    expect(status('2027-12-03')).toBe('re-evaluation-window');
    expect(status('2028-02-01')).toBe('re-evaluation-window');
  });

  it('leaves day 181 and day 119 before expiry outside the window', () => {
    expect(status('2027-12-02')).toBe('valid');
    expect(status('2028-02-02')).toBe('valid');
  });

  it('runs valid → re-evaluation window → valid → expired over the certificate’s life', () => {
    const days = [
      '2025-05-31',
      '2027-12-02',
      '2027-12-03',
      '2028-01-10',
      '2028-02-01',
      '2028-02-02',
      '2028-05-31',
      '2028-06-01',
    ];
    expect(days.map((day) => status(day))).toEqual([
      'valid',
      'valid',
      're-evaluation-window',
      're-evaluation-window',
      're-evaluation-window',
      'valid',
      'valid',
      'expired',
    ]);
  });

  it('keeps a late applicant in grace for 180 days after expiry under province-2026', () => {
    // 31/05/2028 + 180 days: June 30, July 31, August 31, September 30, October 31 (153), 27 November.
    expect(graceEnds(VALID_UNTIL, 'province-2026')).toBe('2028-11-27');
    expect(status('2028-06-01', APPLIED)).toBe('grace');
    expect(status('2028-11-27', APPLIED)).toBe('grace');
    expect(status('2028-11-28', APPLIED)).toBe('expired');
  });

  it('gives no grace to a holder who did not apply', () => {
    expect(status('2028-06-01', CERT)).toBe('expired');
  });

  it('gives no grace under the QĐ 148 profiles', () => {
    expect(graceEnds(VALID_UNTIL, 'district-2023')).toBeNull();
    expect(graceEnds(VALID_UNTIL, 'province-2025')).toBeNull();
    expect(status('2028-06-01', APPLIED, 'district-2023')).toBe('expired');
    expect(status('2028-06-01', APPLIED, 'province-2025')).toBe('expired');
  });

  it('says revoked from the revocation date on, whatever else holds', () => {
    const revoked = { ...APPLIED, revokedOn: d('2027-12-10') };
    expect(status('2027-12-09', revoked)).toBe('re-evaluation-window');
    expect(status('2027-12-10', revoked)).toBe('revoked');
    expect(status('2028-03-01', revoked)).toBe('revoked');
    expect(status('2028-06-01', revoked)).toBe('revoked');
    expect(status('2029-06-01', revoked)).toBe('revoked');
  });
});

describe('daysToExpiry', () => {
  it('counts the days left, zero on the last valid day, negative after', () => {
    expect(daysToExpiry(VALID_UNTIL, d('2027-12-03'))).toBe(180);
    expect(daysToExpiry(VALID_UNTIL, d('2028-05-31'))).toBe(0);
    expect(daysToExpiry(VALID_UNTIL, d('2028-06-01'))).toBe(-1);
  });
});
