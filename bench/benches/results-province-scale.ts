import type { RubricPack } from '../../src/shared/domain/rubric/rubric-pack.schema';
import { compileSet, type CompiledSet } from '../../src/shared/domain/scoring/compiled-set';
import { computeResults, type SessionResults } from '../../src/shared/domain/scoring/compute-results';
import type { Choice, SessionFile } from '../../src/shared/domain/session/session-file.schema';
import { checkSession } from '../../src/shared/domain/session/validate-session';
import { provinceSessions, PROVINCE_SCALE } from '../../src/shared/domain/testing/province-sessions';
import type { Bench, BenchFigure } from '../lib/bench';
import { loadBundledPack } from '../lib/bundled-pack';
import { info, significant } from '../lib/report';
import { measure, timingKeys } from '../lib/timing';

const NAME = 'results.province-scale';

/**
 * The results of a province's whole archive (session-v1.md, "How results are computed"): 10 yearly
 * sessions of 300 products × 12 members scored with pack 26/2026, 36,000 counted sheets.
 *
 * - `.seconds`: compile each session's sets (`compileSet`, as `checkSession` would) and `computeResults`,
 *   for all 10 sessions. The one-time pack and session validation is outside the timing.
 * - `.with-validation.seconds`: the same with `checkSession` (schema parse, references, every choice)
 *   on each session object instead of compiling directly. JSON text parsing is still outside.
 * - `.ratio-to-bare-sum`: `.seconds` over a loop that only adds up the chosen options' points of the
 *   same 36,000 sheets, looked up in a precomputed Map per set: the engine's overhead over arithmetic.
 */
export const resultsProvinceScale: Bench = {
  name: NAME,
  async run(): Promise<BenchFigure[]> {
    const pack = loadBundledPack('26-2026.json');
    const sessions = provinceSessions(pack, PROVINCE_SCALE);
    const validated = sessions.map((session) => {
      const checked = checkSession(session, (id) => (id === pack.id ? pack : undefined));
      if (!checked.ok) throw new Error(`synthetic session is invalid: ${JSON.stringify(checked.issues.slice(0, 3))}`);
      return checked.session;
    });
    const sheetCount = sessions.reduce((sum, s) => sum + s.sheets.length, 0);
    const counted = validated.map(countedSheets);
    const countedCount = counted.reduce((sum, list) => sum + list.length, 0);
    info(`${NAME}: ${sessions.length} sessions, ${sheetCount} sheets, ${countedCount} in each product's latest round`);

    const engine = await measure(
      () => validated.map((session) => computeResults(session, compileSessionSets(session, pack))),
      { label: `${NAME} engine` },
    );

    // The baseline reads the very choice objects the engine reads (checkSession's output, as the app and
    // the CLI pass them), one set lookup per sheet resolved beforehand.
    const lookups = setLookups(pack);
    const bareSheets = counted.flat().map(({ productSet, choices }) => {
      const lookup = lookups.get(productSet);
      if (!lookup) throw new Error(`no set ${productSet} in pack ${pack.id}`);
      return { ...lookup, choices };
    });
    const bare = await measure(() => bareSum(bareSheets), { label: `${NAME} bare sum` });

    const withValidation = await measure(
      () =>
        sessions.map((input) => {
          const checked = checkSession(input, (id) => (id === pack.id ? pack : undefined));
          if (!checked.ok) throw new Error('synthetic session became invalid');
          return computeResults(checked.session, checked.sets);
        }),
      { label: `${NAME} engine with checkSession` },
    );

    // The three loops did the same work: the engine's member totals add up to the bare sum.
    const engineTotal = sumOfTotals(engine.result);
    const validatedTotal = sumOfTotals(withValidation.result);
    if (engineTotal !== bare.result || validatedTotal !== bare.result) {
      throw new Error(`totals disagree: engine ${engineTotal}, with validation ${validatedTotal}, bare ${bare.result}`);
    }
    info(`${NAME}: sum of member totals ${bare.result}; statuses ${JSON.stringify(statusCounts(engine.result))}`);

    const common = { n: countedCount, sheets: sheetCount, sessions: sessions.length, pack: pack.id };
    return [
      {
        bench: `${NAME}.seconds`,
        value: significant(engine.median),
        unit: 's',
        aim: 1,
        ...common,
        compile: 'per-session',
        ...timingKeys(engine),
      },
      {
        bench: `${NAME}.with-validation.seconds`,
        value: significant(withValidation.median),
        unit: 's',
        ...common,
        ...timingKeys(withValidation),
      },
      {
        bench: `${NAME}.ratio-to-bare-sum`,
        value: significant(engine.median / bare.median, 3),
        unit: 'x',
        aim: 5,
        ...common,
        engine: significant(engine.median),
        bare: significant(bare.median),
        runs: Math.min(engine.runs, bare.runs),
      },
    ];
  },
};

/** The compiled sets of a session's products, compiled once per set as `checkSession` does. */
function compileSessionSets(session: SessionFile, pack: RubricPack): Map<number, CompiledSet> {
  const sets = new Map<number, CompiledSet>();
  for (const product of session.products) {
    if (sets.has(product.productSet)) continue;
    const set = pack.sets.find((s) => s.no === product.productSet);
    if (set) sets.set(set.no, compileSet(set));
  }
  return sets;
}

interface CountedSheet {
  readonly productSet: number;
  readonly choices: Readonly<Record<string, Choice>>;
}

/**
 * The sheets the results count: each product's latest round (every member is present, scores and is
 * not recused in the synthetic archive, so no other filter applies).
 */
function countedSheets(session: SessionFile): CountedSheet[] {
  const latest = new Map<string, number>();
  for (const sheet of session.sheets) latest.set(sheet.product, Math.max(latest.get(sheet.product) ?? 0, sheet.round));
  const setOf = new Map(session.products.map((p) => [p.id, p.productSet]));
  return session.sheets
    .filter((sheet) => sheet.round === latest.get(sheet.product))
    .map((sheet) => ({ productSet: setOf.get(sheet.product) ?? 0, choices: sheet.choices }));
}

interface SetLookup {
  /** Points by option index, per criterion id. */
  readonly points: ReadonlyMap<string, readonly number[]>;
  /** Points by option index per variant id, for the criteria with variant lists. */
  readonly variants: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
}

function setLookups(pack: RubricPack): Map<number, SetLookup> {
  const lookups = new Map<number, SetLookup>();
  for (const set of pack.sets) {
    const points = new Map<string, readonly number[]>();
    const variants = new Map<string, ReadonlyMap<string, readonly number[]>>();
    for (const criterion of set.criteria) {
      if (criterion.options)
        points.set(
          criterion.id,
          criterion.options.map((o) => o.points),
        );
      if (criterion.variants) {
        variants.set(criterion.id, new Map(criterion.variants.map((v) => [v.id, v.options.map((o) => o.points)])));
      }
    }
    lookups.set(set.no, { points, variants });
  }
  return lookups;
}

/** The baseline: for each sheet, for each choice, add the option's points. Nothing else. */
function bareSum(sheets: readonly (SetLookup & Pick<CountedSheet, 'choices'>)[]): number {
  let total = 0;
  for (const { points, variants, choices } of sheets) {
    for (const id in choices) {
      const choice = choices[id];
      if (choice === null || choice === undefined) continue;
      if (typeof choice === 'number') total += points.get(id)?.[choice] ?? 0;
      else total += variants.get(id)?.get(choice.variant)?.[choice.option] ?? 0;
    }
  }
  return total;
}

function sumOfTotals(results: readonly SessionResults[]): number {
  let total = 0;
  for (const session of results) {
    for (const product of session.products) for (const value of Object.values(product.memberTotals)) total += value;
  }
  return total;
}

function statusCounts(results: readonly SessionResults[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const session of results) {
    for (const product of session.products) {
      const key = product.stars !== product.bandStars ? `${product.status} (gated)` : product.status;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}
