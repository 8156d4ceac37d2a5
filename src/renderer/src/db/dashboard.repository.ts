import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import type { ProfileId } from '../../../shared/domain/session/session-file.schema';
import {
  buildDashboard,
  certificatesToFollow,
  defaultDashboardYear,
  PLAN_ATTEMPTS,
  type Dashboard,
} from '../../../shared/domain/workspace/dashboard';
import type { Product } from '../../../shared/domain/workspace/product.schema';
import type { Repositories } from './database';

/** How many rows of each list the dashboard shows (and names products for); the rest is a count. */
export const DASHBOARD_ROWS = 8;

export interface DashboardData extends Dashboard {
  readonly profile: ProfileId;
  readonly councilName: string;
  /** The products the shown rows name. */
  readonly products: ReadonlyMap<string, Product>;
}

function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The years the dashboard offers and the one it opens on (see defaultDashboardYear). */
export async function dashboardYears(
  repositories: Repositories,
  today: IsoDate,
): Promise<{ years: number[]; initial: number }> {
  const planYears = await repositories.plan.years();
  const initial = defaultDashboardYear(planYears, yearOf(today));
  return { years: [...new Set([yearOf(today), ...planYears])].sort((a, b) => b - a), initial };
}

/**
 * Reads what the dashboard of `year` needs on `today`, through indexes only, then computes it with the
 * pure functions of shared/domain/workspace/dashboard.ts. Reads: the council, the year's plan, rounds and
 * dossiers ([year+attempt] index), every certificate and revocation (needed to tell which are held), the
 * re-evaluation and upgrade dossiers of the years since the oldest followed certificate (same index), and
 * the few products the shown rows name. Never the sheets, sessions or the whole product table. Null when
 * the workspace has no council yet.
 */
export async function loadDashboard(
  repositories: Repositories,
  year: number,
  today: IsoDate,
): Promise<DashboardData | null> {
  const [council, plan, rounds, ofYear, certificates] = await Promise.all([
    repositories.council.current(),
    repositories.plan.get(year),
    repositories.rounds.list(year),
    // Plain index reads, no filtering cursor: the fastest way IndexedDB hands over a year's dossiers.
    repositories.dossiers.listByAttempts(PLAN_ATTEMPTS, year, year),
    repositories.certificates.entries(),
  ]);
  if (!council) return null;
  const followed = certificatesToFollow(certificates, council.profile, today);
  const followedProducts = new Set(followed.map((c) => c.productId));
  const related =
    followed.length === 0
      ? []
      : (
          await repositories.dossiers.listByAttempts(
            ['re-evaluation', 'upgrade'],
            Math.min(...followed.map((c) => yearOf(c.decisionDate))),
            Math.max(year, yearOf(today)) + 1,
          )
        ).filter((d) => d.year !== year && followedProducts.has(d.productId));
  const dashboard = buildDashboard({
    profile: council.profile,
    year,
    today,
    plan,
    rounds,
    dossiers: [...ofYear, ...related],
    certificates,
  });
  const perKind = new Map<string, number>();
  const shownCertificates = dashboard.certificates.filter((row) => {
    const count = perKind.get(row.kind) ?? 0;
    perKind.set(row.kind, count + 1);
    return count < DASHBOARD_ROWS;
  });
  const shown = [
    ...shownCertificates.map((row) => row.certificate.productId),
    ...dashboard.waiting.slice(0, DASHBOARD_ROWS).map((row) => row.dossier.productId),
    ...dashboard.upgrades.slice(0, DASHBOARD_ROWS).map((row) => row.certificate.productId),
  ];
  const products = await repositories.products.byIds(shown);
  return { ...dashboard, profile: council.profile, councilName: council.councilName, products };
}
