import type { IsoDate } from '../dates/iso-date';
import type { ProfileId } from '../session/session-file.schema';
import {
  attentionKind,
  certificatesNeedingAttention,
  heldCertificates,
  type CertificateAttention,
  type CertificateWithFate,
} from './dashboard-certificates';
import { upcomingDeadlines, type UpcomingDeadline } from './dashboard-deadlines';
import { dossiersWaiting, type WaitingDossier } from './dashboard-dossiers';
import { planProgress, type PlanProgress } from './dashboard-plan';
import { inUpgradeRange, upgradeCandidates, type UpgradeCandidate } from './dashboard-upgrades';
import type { Certificate } from './certificate.schema';
import type { Dossier } from './dossier.schema';
import type { PlanTarget } from './plan-target.schema';
import type { Round } from './round.schema';

export type {
  AttentionKind,
  CertificateAttention,
  CertificateWithFate,
  DossierMention,
} from './dashboard-certificates';
export { ATTENTION_KINDS } from './dashboard-certificates';
export type { UpcomingDeadline } from './dashboard-deadlines';
export type { WaitingDossier } from './dashboard-dossiers';
export type { AttemptProgress, PlanProgress } from './dashboard-plan';
export { PLAN_ATTEMPTS } from './dashboard-plan';
export type { UpgradeCandidate } from './dashboard-upgrades';
export { UPGRADE_MARGIN_POINTS } from './dashboard-upgrades';

/** What the dashboard is computed from. Nothing here reads the clock: `today` is passed in. */
export interface DashboardInput {
  /** The council's process profile (grace after expiry, default round deadlines). */
  readonly profile: ProfileId;
  readonly year: number;
  readonly today: IsoDate;
  /** The year's plan, or null when none was entered. */
  readonly plan: PlanTarget | null;
  /** The year's rounds (others are ignored). */
  readonly rounds: readonly Round[];
  /**
   * The year's dossiers, plus the re-evaluation and upgrade dossiers of the products whose certificates
   * `certificatesToFollow` names (they may belong to other years). Duplicates are harmless.
   */
  readonly dossiers: readonly Dossier[];
  /** Every certificate with its correction and revocation (the register's entries). */
  readonly certificates: readonly CertificateWithFate[];
}

/** The secretary's overview of a year, on a given day. */
export interface Dashboard {
  readonly year: number;
  readonly today: IsoDate;
  readonly plan: PlanProgress;
  readonly deadlines: readonly UpcomingDeadline[];
  readonly certificates: readonly CertificateAttention[];
  readonly waiting: readonly WaitingDossier[];
  readonly upgrades: readonly UpgradeCandidate[];
}

/**
 * The held certificates whose product's dossiers (of any year) the certificate figures depend on: those
 * that need attention by their dates, or whose score is near the next band. A loader reads the
 * re-evaluation and upgrade dossiers of these products (from the year of the oldest decision on) and no
 * others, so the dashboard never scans the whole dossier table.
 *
 * @example a held 3★ certificate scored 67 → kept; a held 5★ certificate valid for two more years → left out
 */
export function certificatesToFollow(
  certificates: readonly CertificateWithFate[],
  profile: ProfileId,
  today: IsoDate,
): Certificate[] {
  return heldCertificates(certificates, today).filter(
    (c) => attentionKind(c, profile, today) !== null || inUpgradeRange(c),
  );
}

/**
 * The year the dashboard opens on: this year when it has a plan, else the latest year with a plan, else
 * this year.
 *
 * @example defaultDashboardYear([2025, 2024], 2026) === 2025; defaultDashboardYear([2026, 2025], 2026) === 2026
 */
export function defaultDashboardYear(planYears: readonly number[], currentYear: number): number {
  if (planYears.includes(currentYear)) return currentYear;
  return planYears.length > 0 ? Math.max(...planYears) : currentYear;
}

/**
 * The dashboard: the plan's targets against what was done in the year, the deadlines ahead, the held
 * certificates that need attention today, the dossiers waiting for the pre-check or returned, and the
 * products worth proposing for an upgrade. Pure: the same input gives the same figures on any machine.
 *
 * @example the Tam Đường 2025 demo on 2025-06-15: plan 3/6 first evaluations, 1/1 upgrade, 1/5
 *   re-evaluations; round 2 dossiers by 30/09/2025 (107 days) and scoring before 20/10/2025 (127 days);
 *   5 expired certificates due, 1 in its re-evaluation window; 2 dossiers waiting for the pre-check and
 *   1 returned; 1 upgrade candidate (3★ with 67,00 points)
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  const { profile, year, today } = input;
  const held = heldCertificates(input.certificates, today);
  const seen = new Set<string>();
  const dossiers = input.dossiers.filter((d) => !seen.has(d.id) && seen.add(d.id));
  return {
    year,
    today,
    plan: planProgress(input.plan, year, dossiers),
    deadlines: upcomingDeadlines(profile, year, input.rounds, today),
    certificates: certificatesNeedingAttention(held, dossiers, profile, today),
    waiting: dossiersWaiting(
      dossiers.filter((d) => d.year === year),
      today,
    ),
    upgrades: upgradeCandidates(held, dossiers, today),
  };
}
