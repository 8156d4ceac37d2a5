import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RubricCriterion, RubricSet } from '../rubric/rubric-pack.schema';
import type { Choice, MarkerRule } from '../session/session-file.schema';
import { checkSession } from '../session/validate-session';
import { loadBundledPacks, setOf } from '../testing/load-packs';
import { members, pointsOf, product, sessionInput, sheet, totalOf, type Choices } from '../testing/session-builder';
import { computeResults, type ProductResult } from './compute-results';
import { bandStars, displayMean } from './star-band';

const { pack26, lookup } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
const RUNS = { numRuns: 200 };

/** Every choice a member can make on a criterion: null, then each option of each list. */
function allChoices(criterion: RubricCriterion): Choice[] {
  const out: Choice[] = [null];
  if (criterion.options) criterion.options.forEach((_, i) => out.push(i));
  for (const variant of criterion.variants ?? [])
    variant.options.forEach((_, i) => out.push({ variant: variant.id, option: i }));
  return out;
}

/** How a scenario's members tend to choose: weights of "none applies", any option and the highest option. */
interface Leaning {
  readonly none: number;
  readonly best: number;
  /** Weight of keeping the council's common choice over a member's own (members agree more or less). */
  readonly agree: number;
}

function choiceArb(criterion: RubricCriterion, leaning: Leaning): fc.Arbitrary<Choice> {
  const choices = allChoices(criterion);
  const best = choices.reduce((a, b) => (pointsOf(criterion, b) > pointsOf(criterion, a) ? b : a));
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: leaning.none },
    { arbitrary: fc.constantFrom(...choices), weight: 2 },
    { arbitrary: fc.constant(best), weight: leaning.best },
  );
}

/** A member's sheet: each criterion the council's common choice, or the member's own. */
function sheetArb(set: RubricSet, leaning: Leaning, common: Choices): fc.Arbitrary<Choices> {
  return fc.record(
    Object.fromEntries(
      set.criteria.map((c) => [
        c.id,
        fc.oneof(
          { arbitrary: fc.constant(common[c.id] ?? null), weight: leaning.agree },
          { arbitrary: choiceArb(c, leaning), weight: 1 },
        ),
      ]),
    ),
  );
}

interface Scenario {
  readonly set: RubricSet;
  readonly sheets: Choices[];
  readonly spreadThreshold: number;
  readonly markerRule: MarkerRule;
  /** Per member and criterion, a seed that picks the improvement of that choice. */
  readonly seeds: number[][];
}

const leaningArb: fc.Arbitrary<Leaning> = fc.record({
  none: fc.integer({ min: 0, max: 2 }),
  best: fc.integer({ min: 0, max: 40 }),
  agree: fc.integer({ min: 0, max: 30 }),
});

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({ no: fc.integer({ min: 1, max: 26 }), count: fc.integer({ min: 1, max: 15 }), leaning: leaningArb })
  .chain(({ no, count, leaning }) => {
    const set = setOf(pack26, no);
    const common = fc.record(Object.fromEntries(set.criteria.map((c) => [c.id, choiceArb(c, leaning)])));
    return common.chain((agreed) =>
      fc.record({
        set: fc.constant(set),
        sheets: fc.array(sheetArb(set, leaning, agreed), { minLength: count, maxLength: count }),
        spreadThreshold: fc.integer({ min: 0, max: 30 }),
        markerRule: fc.constantFrom<MarkerRule>('majority', 'mean', 'all'),
        seeds: fc.array(fc.array(fc.nat(), { minLength: set.criteria.length, maxLength: set.criteria.length }), {
          minLength: count,
          maxLength: count,
        }),
      }),
    );
  });

function resultOf(scenario: Scenario, sheets: Choices[] = scenario.sheets): ProductResult {
  const input = sessionInput({
    rules: { spreadThreshold: scenario.spreadThreshold, markerRule: scenario.markerRule },
    members: members(sheets.length),
    products: [product('p1', scenario.set.no)],
    sheets: sheets.map((choices, i) => sheet(`m${i + 1}`, 'p1', choices)),
  });
  const checked = checkSession(input, lookup);
  if (!checked.ok) throw new Error(`generated an invalid session: ${JSON.stringify(checked.issues[0])}`);
  const result = computeResults(checked.session, checked.sets).products[0];
  if (!result) throw new Error('one product');
  return result;
}

/** Each choice replaced by one worth at least as many points (possibly itself; null may become an option). */
function improved(scenario: Scenario): Choices[] {
  return scenario.sheets.map((choices, m) => {
    const out: Choices = {};
    scenario.set.criteria.forEach((criterion, i) => {
      const current = pointsOf(criterion, choices[criterion.id] ?? null);
      const better = allChoices(criterion).filter((c) => pointsOf(criterion, c) >= current);
      const seed = scenario.seeds[m]?.[i] ?? 0;
      out[criterion.id] = better[seed % better.length] ?? null;
    });
    return out;
  });
}

function totals(result: ProductResult): number[] {
  return Object.values(result.memberTotals);
}

describe('computeResults properties (random sets of 26/2026, 1–15 members, random choices)', () => {
  it('gives each member the sum of the chosen options’ points, and a mean between the lowest and highest total', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = resultOf(scenario);
        const expected = scenario.sheets.map((choices) => totalOf(scenario.set, choices));
        expect(totals(result)).toEqual(expected);
        const mean = result.mean ?? Number.NaN;
        expect(mean).toBeGreaterThanOrEqual(Math.min(...expected));
        expect(mean).toBeLessThanOrEqual(Math.max(...expected));
        const parts = result.partMeans;
        expect((parts?.A ?? 0) + (parts?.B ?? 0) + (parts?.C ?? 0)).toBeCloseTo(mean, 9);
      }),
      RUNS,
    );
  });

  it('never raises the stars above the band, and names blocking criteria exactly when it lowers them', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = resultOf(scenario);
        const band = result.bandStars ?? 0;
        const stars = result.stars ?? 0;
        expect(band).toBe(bandStars(result.mean ?? Number.NaN));
        expect(stars).toBeLessThanOrEqual(band);
        expect(stars).toBeGreaterThanOrEqual(Math.min(band, 2));
        expect(result.blockingCriteria.length > 0).toBe(stars < band);
        const order = scenario.set.criteria.map((c) => c.id);
        const positions = result.blockingCriteria.map((id) => order.indexOf(id));
        expect(positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? -1)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('never lowers the stars when every member’s choices improve', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const before = resultOf(scenario);
        const after = resultOf(scenario, improved(scenario));
        expect(after.mean ?? 0).toBeGreaterThanOrEqual(before.mean ?? 0);
        expect(after.bandStars ?? 0).toBeGreaterThanOrEqual(before.bandStars ?? 0);
        expect(after.stars ?? 0).toBeGreaterThanOrEqual(before.stars ?? 0);
      }),
      RUNS,
    );
  });

  it('flags the spread exactly when the highest and lowest totals differ by more than the threshold', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = resultOf(scenario);
        const all = totals(result);
        const spread = Math.max(...all) - Math.min(...all);
        expect(result.spread).toBe(spread);
        expect(result.spreadFlag).toBe(spread > scenario.spreadThreshold);
        expect(result.status === 'rescore').toBe(spread > scenario.spreadThreshold);
      }),
      RUNS,
    );
  });

  it('shows a session’s mean in the band it is ranked in', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = resultOf(scenario);
        const mean = result.mean ?? Number.NaN;
        expect(bandStars(displayMean(mean))).toBe(result.bandStars);
      }),
      RUNS,
    );
  });
});

describe('displayMean properties', () => {
  const meanArb = fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true });

  it('never lands in a higher band than the mean it shows, and stays within a hundredth of it', () => {
    fc.assert(
      fc.property(meanArb, (mean) => {
        const shown = displayMean(mean);
        expect(bandStars(shown)).toBeLessThanOrEqual(bandStars(mean));
        expect(Math.abs(shown - mean)).toBeLessThanOrEqual(0.01 + 1e-9);
        expect(Math.round(shown * 100)).toBeCloseTo(shown * 100, 6);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lands in a higher band for means that are ratios of whole totals just under an edge', () => {
    const edgeArb = fc.record({
      edge: fc.constantFrom(30, 50, 70, 90),
      members: fc.integer({ min: 1, max: 500 }),
      short: fc.integer({ min: 1, max: 10 }),
    });
    fc.assert(
      fc.property(edgeArb, ({ edge, members: n, short }) => {
        const mean = (edge * n - short) / n;
        expect(bandStars(displayMean(mean))).toBe(bandStars(mean));
        expect(displayMean(mean)).toBeLessThan(edge);
      }),
      RUNS,
    );
  });
});
