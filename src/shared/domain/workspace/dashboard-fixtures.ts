/**
 * Test support for the dashboard tests, never imported by production code: certificates, revocations and
 * dossiers with only the fields a test cares about spelled out.
 */
import { certificateValidUntil } from '../certificates/certificate-validity';
import type { IsoDate } from '../dates/iso-date';
import type { Attempt } from '../session/session-file.schema';
import type { Certificate, Revocation } from './certificate.schema';
import type { CertificateWithFate } from './dashboard-certificates';
import type { Dossier, DossierEvent, DossierStatus } from './dossier.schema';

export const day = (value: string) => value as IsoDate;
const STAMP = '2025-01-01T00:00:00.000Z';

/** A certificate decided on `decisionDate`, valid 36 months (3★, score 60 unless said otherwise). */
export function cert(
  id: string,
  productId: string,
  decisionDate: string,
  extra: Partial<Certificate> = {},
): Certificate {
  return {
    id,
    productId,
    stars: 3,
    score: 60,
    decisionNumber: `${id}/QĐ-UBND`,
    decisionDate: day(decisionDate),
    issuer: 'Ủy ban nhân dân huyện Tam Đường',
    certificateNumber: `GCN-${id}`,
    validUntil: certificateValidUntil(day(decisionDate)),
    reEvaluationAppliedOn: null,
    replaces: null,
    note: '',
    createdAt: STAMP,
    ...extra,
  };
}

/** A register entry: the certificate, what replaced it, its revocation. */
export function entry(
  certificate: Certificate,
  fate: { replacedBy?: string; revokedOn?: string } = {},
): CertificateWithFate {
  const revocation: Revocation | null = fate.revokedOn
    ? {
        id: `r-${certificate.id}`,
        certificateId: certificate.id,
        ground: 5,
        decisionNumber: '1/QĐ-UBND',
        date: day(fate.revokedOn),
        note: '',
        createdAt: STAMP,
      }
    : null;
  return { certificate, replacedBy: fate.replacedBy ?? null, revocation };
}

/**
 * A dossier of `year` received on `receivedOn`, whose history ends in `status` (each later step dated
 * `on`, the day it reached that status). An evaluated one carries `evaluation` (mean 60, 3★ by default).
 */
export function dossier(
  id: string,
  productId: string,
  attempt: Attempt,
  receivedOn: string,
  status: DossierStatus = 'received',
  on: string = receivedOn,
  evaluation: { mean: number; stars: number } = { mean: 60, stars: 3 },
): Dossier {
  const steps: DossierStatus[] =
    status === 'received'
      ? ['received']
      : status === 'evaluated'
        ? ['received', 'complete', 'evaluated']
        : status === 'resubmitted'
          ? ['received', 'returned', 'resubmitted']
          : ['received', status];
  const history: DossierEvent[] = steps.map((step, index) => ({
    status: step,
    on: day(index === 0 ? receivedOn : on),
    note: '',
  }));
  const outcome =
    status === 'received' || status === 'resubmitted' ? 'pending' : status === 'evaluated' ? 'complete' : status;
  return {
    id,
    productId,
    year: Number(receivedOn.slice(0, 4)),
    attempt,
    receivedOn: day(receivedOn),
    roundId: null,
    forms: { mau01: true, mau02: true, mau03: false },
    evidence: [],
    samples: { required: 5, received: 5 },
    precheck: {
      outcome,
      on: outcome === 'pending' ? null : day(on),
      notes: outcome === 'returned' || outcome === 'disqualified' ? 'thiếu hồ sơ' : '',
    },
    evaluation: status === 'evaluated' ? { ...evaluation, on: day(on), sessionId: null } : null,
    history,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}
