import {
  certificateStatus,
  daysToExpiry,
  graceEnds,
  reEvaluationWindow,
  type CertificateStatus,
} from '../../../../shared/domain/certificates/certificate-validity';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import type { ProfileId } from '../../../../shared/domain/session/session-file.schema';
import type { CertificateEntry } from '../../db/certificates.repository';

/** What the register says of a certificate: its status on a day, or that a correction replaced it. */
export type RegisterStatus = CertificateStatus | 'replaced';

export interface RegisterFacts {
  readonly status: RegisterStatus;
  /** Days from today to expiry (negative once expired); null when revoked or replaced. */
  readonly daysToExpiry: number | null;
  readonly window: { readonly opens: IsoDate; readonly closes: IsoDate };
  /** The last day of grace for a late applicant, when the profile grants one. */
  readonly graceEnds: IsoDate | null;
}

/**
 * A register entry's status on `today`. A replaced certificate is history (its correction speaks for it);
 * otherwise the status of certificateStatus, with the revocation date when there is one.
 *
 * @example registerFacts({ certificate: { validUntil: '2028-05-31', … }, replacedBy: null, revocation: null },
 *   '2028-01-10', 'province-2026').status === 're-evaluation-window'
 */
export function registerFacts(entry: CertificateEntry, today: IsoDate, profile: ProfileId): RegisterFacts {
  const { certificate, replacedBy, revocation } = entry;
  const status: RegisterStatus =
    replacedBy !== null
      ? 'replaced'
      : certificateStatus(
          {
            validUntil: certificate.validUntil,
            revokedOn: revocation?.date ?? null,
            reEvaluationAppliedOn: certificate.reEvaluationAppliedOn,
          },
          today,
          profile,
        );
  return {
    status,
    daysToExpiry: status === 'replaced' || status === 'revoked' ? null : daysToExpiry(certificate.validUntil, today),
    window: reEvaluationWindow(certificate.validUntil),
    graceEnds: graceEnds(certificate.validUntil, profile),
  };
}

/**
 * Each product's current certificate: the newest by decision date (then by when it was recorded) among
 * those no correction replaced. A revoked one still counts: the product's latest rating was revoked.
 */
export function currentCertificates(entries: readonly CertificateEntry[]): ReadonlyMap<string, CertificateEntry> {
  const current = new Map<string, CertificateEntry>();
  for (const entry of entries) {
    if (entry.replacedBy !== null) continue;
    const { productId } = entry.certificate;
    const held = current.get(productId);
    if (!held || newer(entry, held)) current.set(productId, entry);
  }
  return current;
}

function newer(a: CertificateEntry, b: CertificateEntry): boolean {
  const byDecision = a.certificate.decisionDate.localeCompare(b.certificate.decisionDate);
  return byDecision !== 0 ? byDecision > 0 : a.certificate.createdAt > b.certificate.createdAt;
}

/** A status's colour in the register: green while valid, amber when action is due, red when gone. */
export function registerTone(status: RegisterStatus): 'good' | 'warn' | 'bad' | 'neutral' {
  switch (status) {
    case 'valid':
      return 'good';
    case 're-evaluation-window':
    case 'grace':
      return 'warn';
    case 'expired':
    case 'revoked':
      return 'bad';
    case 'replaced':
      return 'neutral';
  }
}
