import {
  graceEnds,
  reEvaluationWindow,
  RE_EVALUATION_CLOSES_DAYS_BEFORE,
  RE_EVALUATION_OPENS_DAYS_BEFORE,
} from '../certificates/certificate-validity';
import type { IsoDate } from '../dates/iso-date';
import { PROCESS_PROFILES } from '../profiles/process-profiles';
import type { ProfileId } from '../session/session-file.schema';
import type { Certificate, Revocation } from './certificate.schema';
import { daysFrom } from './dashboard-days';
import { dossierStatus, type Dossier, type DossierStatus } from './dossier.schema';

/** A certificate with what replaced it (a correction) and its revocation, as the register keeps them. */
export interface CertificateWithFate {
  readonly certificate: Certificate;
  readonly replacedBy: string | null;
  readonly revocation: Revocation | null;
}

/** How many days before the re-evaluation window opens the dashboard starts announcing it. */
export const WINDOW_NOTICE_DAYS = 30;

/**
 * Why a certificate needs attention, most urgent first:
 * - `expired`: past its last valid day and due for re-evaluation;
 * - `grace`: expired, but the holder applied and keeps it up to 180 days (QĐ 26/2026 only);
 * - `expiring`: still valid, less than 120 days left: the re-evaluation window has closed;
 * - `re-evaluation-window`: 180 to 120 days before expiry, when re-evaluation is applied for;
 * - `window-opens`: the window opens within the next 30 days.
 */
export type AttentionKind = 'expired' | 'grace' | 'expiring' | 're-evaluation-window' | 'window-opens';

export const ATTENTION_KINDS: readonly AttentionKind[] = [
  'expired',
  'grace',
  'expiring',
  're-evaluation-window',
  'window-opens',
];

/** A dossier as a dashboard row mentions it. */
export interface DossierMention {
  readonly id: string;
  readonly status: DossierStatus;
  readonly receivedOn: IsoDate;
}

export interface CertificateAttention {
  readonly kind: AttentionKind;
  readonly certificate: Certificate;
  /** Calendar days from today to the last valid day; negative once expired. */
  readonly daysToExpiry: number;
  /** The re-evaluation window (180 to 120 days before expiry); null once the certificate has expired. */
  readonly window: { readonly opens: IsoDate; readonly closes: IsoDate } | null;
  /** The last day of the grace (QĐ 26/2026), when the certificate is in it. */
  readonly graceEnds: IsoDate | null;
  /** The product's latest re-evaluation dossier received after this certificate's decision, if any. */
  readonly reEvaluation: DossierMention | null;
}

/** Orders ISO dates and ids without the cost of locale collation. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function newer(a: Certificate, b: Certificate): boolean {
  return a.decisionDate > b.decisionDate || (a.decisionDate === b.decisionDate && a.createdAt > b.createdAt);
}

/**
 * The certificate each product holds on `today`: its newest recognition (by decision date) among the
 * certificates not replaced by a correction. A newer decision supersedes an older one (a re-evaluation or
 * an upgrade brings a new certificate), and a revoked certificate is held by nobody, nor does revoking it
 * bring back the one it superseded. Revocations take effect on their date.
 *
 * @example a 2021 certificate and its 2025 successor for the same product → only the 2025 one;
 *   a certificate replaced by its correction → only the correction
 */
export function heldCertificates(entries: readonly CertificateWithFate[], today: IsoDate): Certificate[] {
  const latest = new Map<string, CertificateWithFate>();
  for (const entry of entries) {
    if (entry.replacedBy !== null) continue;
    const current = latest.get(entry.certificate.productId);
    if (!current || newer(entry.certificate, current.certificate)) latest.set(entry.certificate.productId, entry);
  }
  return [...latest.values()]
    .filter((entry) => entry.revocation === null || entry.revocation.date > today)
    .map((entry) => entry.certificate);
}

/**
 * The attention a held certificate needs on `today`, from its dates alone (dossiers aside), or null.
 * Day 180 before expiry opens the re-evaluation window and day 120 closes it, both included; the expiry day
 * itself is the last valid day (`expiring`, 0 days left); the day after, it is `expired` (or in `grace`).
 *
 * @example certificate valid until 2025-11-18, on 2025-06-15 (156 days left) → 're-evaluation-window'
 * @example the same on 2025-05-21 (181 days left) → 'window-opens'; on 2025-11-19 → 'expired'
 */
export function attentionKind(certificate: Certificate, profile: ProfileId, today: IsoDate): AttentionKind | null {
  // The same reading as certificateStatus, from one day count (the dashboard runs it on every certificate).
  const days = daysFrom(today, certificate.validUntil);
  if (days < 0) {
    const grace = PROCESS_PROFILES[profile].graceDaysAfterExpiry;
    return grace > 0 && certificate.reEvaluationAppliedOn !== null && -days <= grace ? 'grace' : 'expired';
  }
  if (days < RE_EVALUATION_CLOSES_DAYS_BEFORE) return 'expiring';
  if (days <= RE_EVALUATION_OPENS_DAYS_BEFORE) return 're-evaluation-window';
  if (days <= RE_EVALUATION_OPENS_DAYS_BEFORE + WINDOW_NOTICE_DAYS) return 'window-opens';
  return null;
}

/** Dossiers grouped by product, so each certificate looks only at its own product's. */
export function dossiersByProduct(dossiers: readonly Dossier[]): ReadonlyMap<string, readonly Dossier[]> {
  const byProduct = new Map<string, Dossier[]>();
  for (const dossier of dossiers) {
    const list = byProduct.get(dossier.productId);
    if (list) list.push(dossier);
    else byProduct.set(dossier.productId, [dossier]);
  }
  return byProduct;
}

/** The product's re-evaluation dossiers received after the certificate's decision, newest first. */
function reEvaluationsSince(certificate: Certificate, ofProduct: readonly Dossier[]): Dossier[] {
  return ofProduct
    .filter((d) => d.attempt === 're-evaluation' && d.receivedOn > certificate.decisionDate)
    .sort((a, b) => compare(b.receivedOn, a.receivedOn));
}

/**
 * The held certificates that need attention on `today`, most urgent first (longest expired first, then the
 * soonest to expire). An expired certificate is due for re-evaluation unless the product was re-evaluated
 * since it was issued: a re-evaluation dossier evaluated after its decision date (when that evaluation
 * recognised the product again, the newer certificate has already taken this one's place; when it did not,
 * the product is no longer due). Each row names the product's latest re-evaluation dossier, if any.
 *
 * @example district council, today 2025-06-15: a certificate of 2021-08-20 (valid until 2024-08-20) whose
 *   re-evaluation dossier was returned for completion → { kind: 'expired', daysToExpiry: -299,
 *   reEvaluation: { status: 'returned', … } }
 */
export function certificatesNeedingAttention(
  held: readonly Certificate[],
  dossiers: readonly Dossier[],
  profile: ProfileId,
  today: IsoDate,
): CertificateAttention[] {
  const byProduct = dossiersByProduct(dossiers);
  const rows: CertificateAttention[] = [];
  for (const certificate of held) {
    const kind = attentionKind(certificate, profile, today);
    if (kind === null) continue;
    const reEvaluations = reEvaluationsSince(certificate, byProduct.get(certificate.productId) ?? []);
    const settled = reEvaluations.some(
      (d) => dossierStatus(d) === 'evaluated' && d.evaluation !== null && d.evaluation.on > certificate.decisionDate,
    );
    if ((kind === 'expired' || kind === 'grace') && settled) continue;
    const latest = reEvaluations[0];
    rows.push({
      kind,
      certificate,
      daysToExpiry: daysFrom(today, certificate.validUntil),
      window: kind === 'expired' || kind === 'grace' ? null : reEvaluationWindow(certificate.validUntil),
      graceEnds: kind === 'grace' ? graceEnds(certificate.validUntil, profile) : null,
      reEvaluation: latest ? { id: latest.id, status: dossierStatus(latest), receivedOn: latest.receivedOn } : null,
    });
  }
  return rows.sort(
    (a, b) =>
      compare(a.certificate.validUntil, b.certificate.validUntil) ||
      compare(a.certificate.productId, b.certificate.productId),
  );
}
