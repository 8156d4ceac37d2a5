import type { IsoDate } from '../dates/iso-date';
import { STAR_BANDS, type Stars } from '../scoring/star-band';
import type { Certificate } from './certificate.schema';
import { dossiersByProduct } from './dashboard-certificates';
import { daysFrom } from './dashboard-days';
import { dossierStatus, type Dossier } from './dossier.schema';

/** How close (in points) to the next star band a recognised score must be for the product to be suggested. */
export const UPGRADE_MARGIN_POINTS = 5;

export interface UpgradeCandidate {
  readonly certificate: Certificate & { readonly score: number };
  readonly nextStars: Stars;
  /** The lowest mean of the next band: 70 for 4★, 90 for 5★. */
  readonly nextBandMin: number;
  /** Points missing to reach the next band (0 when the score is there already but markers held it back). */
  readonly gap: number;
}

/** The next band above `stars` and its lowest mean, or null for 5★. */
function nextBand(stars: number): { stars: Stars; min: number } | null {
  return STAR_BANDS.find((band) => band.stars === stars + 1) ?? null;
}

/**
 * Whether a certificate's recorded score is within 5 points of the next band: 3★ with at least 65 (4★
 * from 70), 4★ with at least 85 (5★ from 90). Bands of QĐ 148 and QĐ 26/2026; the margin is this app's.
 *
 * @example inUpgradeRange({ stars: 3, score: 67 }) === true; inUpgradeRange({ stars: 3, score: 64.99 }) === false
 */
export function inUpgradeRange(certificate: Pick<Certificate, 'stars' | 'score'>): boolean {
  const next = nextBand(certificate.stars);
  return (
    next !== null &&
    certificate.stars >= 3 &&
    certificate.score !== null &&
    certificate.score >= next.min - UPGRADE_MARGIN_POINTS
  );
}

/**
 * Products worth proposing for an upgrade (nâng hạng): the product holds a valid 3★ or 4★ certificate (not
 * expired, replaced or revoked: pass the held certificates) whose recorded score is within 5 points of the
 * next band, and no upgrade dossier received since that certificate is in progress or already evaluated
 * (a disqualified one does not count: the producer may try again). Closest to the next band first.
 *
 * @example a held 3★ certificate scored 67.00, valid on today, no upgrade dossier
 *   → { nextStars: 4, nextBandMin: 70, gap: 3 }
 */
export function upgradeCandidates(
  held: readonly Certificate[],
  dossiers: readonly Dossier[],
  today: IsoDate,
): UpgradeCandidate[] {
  const byProduct = dossiersByProduct(dossiers);
  const candidates: UpgradeCandidate[] = [];
  for (const certificate of held) {
    const next = nextBand(certificate.stars);
    if (!next || certificate.score === null || !inUpgradeRange(certificate)) continue;
    // Valid (in its re-evaluation window or not) up to and including its last day; never in grace.
    if (daysFrom(today, certificate.validUntil) < 0) continue;
    const upgradeUnderWay = (byProduct.get(certificate.productId) ?? []).some(
      (d) => d.attempt === 'upgrade' && d.receivedOn > certificate.decisionDate && dossierStatus(d) !== 'disqualified',
    );
    if (upgradeUnderWay) continue;
    candidates.push({
      certificate: { ...certificate, score: certificate.score },
      nextStars: next.stars,
      nextBandMin: next.min,
      gap: Math.max(0, next.min - certificate.score),
    });
  }
  return candidates.sort((a, b) => a.gap - b.gap || (a.certificate.productId < b.certificate.productId ? -1 : 1));
}
