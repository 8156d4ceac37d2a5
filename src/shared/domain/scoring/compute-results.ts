import { proposalFor, type Proposal } from '../profiles/process-profiles';
import type { SessionFile, SessionSheet } from '../session/session-file.schema';
import type { CompiledSet } from './compiled-set';
import { applyMarkerGate } from './marker-gate';
import { quorum, type Quorum } from './quorum';
import { scoreSheet } from './score-sheet';
import { bandStars, type Stars } from './star-band';

/** Every status a product can have after a session (session-v1.md, step 8). */
export const PRODUCT_STATUSES = [
  'disqualified',
  'no-quorum',
  'incomplete',
  'rescore',
  'recognise',
  'forward-province',
  'forward-central',
  'not-recognised',
] as const satisfies readonly (Proposal | 'disqualified' | 'no-quorum' | 'incomplete' | 'rescore')[];

/** A product's status after a session (session-v1.md, step 8). */
export type ProductStatus = 'disqualified' | 'no-quorum' | 'incomplete' | 'rescore' | Proposal;

export interface PartMeans {
  readonly A: number;
  readonly B: number;
  readonly C: number;
}

/** One product's results, exactly the `products[]` entry of `ocop-council results --json`. */
export interface ProductResult {
  readonly id: string;
  readonly round: number | null;
  readonly memberTotals: Readonly<Record<string, number>>;
  readonly mean: number | null;
  readonly partMeans: PartMeans | null;
  readonly spread: number | null;
  readonly spreadFlag: boolean;
  readonly bandStars: Stars | null;
  readonly stars: Stars | null;
  readonly blockingCriteria: readonly string[];
  readonly status: ProductStatus;
}

export interface SessionResults {
  readonly quorum: Quorum;
  readonly products: readonly ProductResult[];
}

const EMPTY_FIGURES = {
  memberTotals: {},
  mean: null,
  partMeans: null,
  spread: null,
  spreadFlag: false,
  bandStars: null,
  stars: null,
  blockingCriteria: [],
} as const;

/**
 * The results of a validated session (session-v1.md, "How results are computed"): for each product its
 * latest round, the scoring members' totals, mean and part means at full precision, spread and flag,
 * band stars, stars after the marker gate with the blocking criteria, and the status by profile.
 * `sets` holds the compiled rubric set of each product set (from `checkSession`).
 *
 * @example examples/lai-chau-2026-small: product q2, totals 66, 69, 71, 68, 70 → mean 68.8, band 3★;
 *   C-9 requires 1 point at 3★ and three of five members chose "none applies" → stars 2, ['C-9'],
 *   'not-recognised'.
 */
export function computeResults(session: SessionFile, sets: ReadonlyMap<number, CompiledSet>): SessionResults {
  const sessionQuorum = quorum(session.council.members, session.rules);
  const sheetsByProduct = new Map<string, SessionSheet[]>();
  for (const sheet of session.sheets) {
    const list = sheetsByProduct.get(sheet.product);
    if (list) list.push(sheet);
    else sheetsByProduct.set(sheet.product, [sheet]);
  }
  const products = session.products.map((product): ProductResult => {
    if (product.disqualified !== null) return { id: product.id, round: null, ...EMPTY_FIGURES, status: 'disqualified' };
    const sheets = sheetsByProduct.get(product.id) ?? [];
    let round = 0;
    for (const sheet of sheets) if (sheet.round > round) round = sheet.round;
    const recused = new Set(product.recused);
    const scoring = session.council.members.filter((m) => m.present && m.scores && !recused.has(m.id));
    const latest = new Map<string, SessionSheet>();
    for (const sheet of sheets) if (sheet.round === round) latest.set(sheet.member, sheet);

    const set = sets.get(product.productSet);
    const memberTotals: Record<string, number> = {};
    const pointsByMember: Int16Array[] = [];
    let partA = 0;
    let partB = 0;
    let partC = 0;
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    for (const member of scoring) {
      const sheet = latest.get(member.id);
      if (!sheet || !set) continue;
      const score = scoreSheet(set, sheet.choices);
      memberTotals[member.id] = score.total;
      pointsByMember.push(score.points);
      sum += score.total;
      partA += score.parts[0];
      partB += score.parts[1];
      partC += score.parts[2];
      if (score.total < min) min = score.total;
      if (score.total > max) max = score.total;
    }
    const count = pointsByMember.length;
    const incomplete = count === 0 || count < scoring.length;
    const status = (figures: { spreadFlag: boolean; stars: Stars | null }): ProductStatus => {
      if (!sessionQuorum.met) return 'no-quorum';
      if (incomplete) return 'incomplete';
      if (figures.spreadFlag) return 'rescore';
      return proposalFor(session.profile, figures.stars ?? 1);
    };
    if (count === 0 || !set) {
      return { id: product.id, round: null, ...EMPTY_FIGURES, status: status({ spreadFlag: false, stars: null }) };
    }
    const mean = sum / count;
    const spread = max - min;
    const spreadFlag = spread > session.rules.spreadThreshold;
    const band = bandStars(mean);
    const gate = applyMarkerGate(set, pointsByMember, band, session.rules.markerRule);
    return {
      id: product.id,
      round,
      memberTotals,
      mean,
      partMeans: { A: partA / count, B: partB / count, C: partC / count },
      spread,
      spreadFlag,
      bandStars: band,
      stars: gate.stars,
      blockingCriteria: gate.blockingCriteria,
      status: status({ spreadFlag, stars: gate.stars }),
    };
  });
  return { quorum: sessionQuorum, products };
}
