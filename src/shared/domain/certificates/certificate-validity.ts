import { addDaysIso, addMonthsIso, daysBetween, type IsoDate } from '../dates/iso-date';
import type { ProfileId } from '../session/session-file.schema';
import { PROCESS_PROFILES } from '../profiles/process-profiles';

/** A certificate is valid for 36 months from the recognition decision (QĐ 148, QĐ 26/2026). */
export const CERTIFICATE_VALIDITY_MONTHS = 36;
/** Re-evaluation is applied for from 180 to 120 days before expiry (QĐ 26/2026). */
export const RE_EVALUATION_OPENS_DAYS_BEFORE = 180;
export const RE_EVALUATION_CLOSES_DAYS_BEFORE = 120;

export type CertificateStatus = 'valid' | 're-evaluation-window' | 'expired' | 'grace' | 'revoked';

/**
 * The last day a certificate is valid: decision date + 36 months.
 *
 * @example certificateValidUntil('2025-05-31') === '2028-05-31'
 */
export function certificateValidUntil(decisionDate: IsoDate): IsoDate {
  return addMonthsIso(decisionDate, CERTIFICATE_VALIDITY_MONTHS);
}

/**
 * The re-evaluation window: from 180 to 120 days before expiry, both days included.
 *
 * @example reEvaluationWindow('2028-05-31') → { opens: '2027-12-03', closes: '2028-02-01' }
 */
export function reEvaluationWindow(validUntil: IsoDate): { opens: IsoDate; closes: IsoDate } {
  return {
    opens: addDaysIso(validUntil, -RE_EVALUATION_OPENS_DAYS_BEFORE),
    closes: addDaysIso(validUntil, -RE_EVALUATION_CLOSES_DAYS_BEFORE),
  };
}

/** The last day of the grace after expiry for a late applicant, or null when the profile has none. */
export function graceEnds(validUntil: IsoDate, profile: ProfileId): IsoDate | null {
  const days = PROCESS_PROFILES[profile].graceDaysAfterExpiry;
  return days > 0 ? addDaysIso(validUntil, days) : null;
}

export interface CertificateDates {
  readonly validUntil: IsoDate;
  readonly revokedOn: IsoDate | null;
  /** When the holder applied for re-evaluation, if they did. */
  readonly reEvaluationAppliedOn: IsoDate | null;
}

/**
 * A certificate's status on `today`: revoked (from the revocation date), valid, in the re-evaluation
 * window, expired, or in grace (26/2026: an applicant keeps the certificate up to 180 days past expiry).
 *
 * @example certificateStatus({ validUntil: '2028-05-31', revokedOn: null, reEvaluationAppliedOn: null },
 *   '2028-01-10', 'province-2026') === 're-evaluation-window'
 */
export function certificateStatus(cert: CertificateDates, today: IsoDate, profile: ProfileId): CertificateStatus {
  if (cert.revokedOn !== null && daysBetween(cert.revokedOn, today) >= 0) return 'revoked';
  if (daysBetween(today, cert.validUntil) >= 0) {
    const window = reEvaluationWindow(cert.validUntil);
    const inWindow = daysBetween(window.opens, today) >= 0 && daysBetween(today, window.closes) >= 0;
    return inWindow ? 're-evaluation-window' : 'valid';
  }
  const grace = graceEnds(cert.validUntil, profile);
  if (grace !== null && cert.reEvaluationAppliedOn !== null && daysBetween(today, grace) >= 0) return 'grace';
  return 'expired';
}

/** Days from `today` to expiry (negative once expired). */
export function daysToExpiry(validUntil: IsoDate, today: IsoDate): number {
  return daysBetween(today, validUntil);
}
