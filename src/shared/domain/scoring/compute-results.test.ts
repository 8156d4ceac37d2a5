import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSession } from '../session/validate-session';
import type { SessionFileInput } from '../session/session-file.schema';
import { loadBundledPacks, setOf } from '../testing/load-packs';
import {
  choicesWorth,
  maxChoices,
  member,
  members,
  noneChoices,
  product,
  sessionInput,
  sheet,
  sheetsWorth,
  totalOf,
  withPoints,
} from '../testing/session-builder';
import { computeResults, type ProductResult, type SessionResults } from './compute-results';

const { pack26, pack148, lookup } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
const set11 = setOf(pack26, 11); // chè (tea), 26/2026
const set26 = setOf(pack26, 26); // community tourism, with alternative option lists
const set6of148 = setOf(pack148, 6);
const FULL = maxChoices(set11);

function resultsOf(input: unknown): SessionResults {
  const checked = checkSession(input, lookup);
  if (!checked.ok) throw new Error(`invalid test session: ${JSON.stringify(checked.issues.slice(0, 3))}`);
  return computeResults(checked.session, checked.sets);
}

function productResult(input: SessionFileInput, id = 'p1'): ProductResult {
  const found = resultsOf(input).products.find((p) => p.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
}

/** One product of set 11 scored by m1…mN with the given totals, every sheet meeting `meetLevel`. */
function oneProduct(
  totals: number[],
  options: { meetLevel?: 3 | 4 | 5; profile?: SessionFileInput['profile']; rules?: SessionFileInput['rules'] } = {},
): SessionFileInput {
  const byMember = Object.fromEntries(totals.map((total, i) => [`m${i + 1}`, total]));
  return sessionInput({
    profile: options.profile ?? 'province-2026',
    ...(options.rules ? { rules: options.rules } : {}),
    members: members(totals.length),
    products: [product('p1', 11)],
    sheets: sheetsWorth(set11, 'p1', byMember, { meetLevel: options.meetLevel ?? 4 }),
  });
}

function fixture(name: string): { session: unknown; expected: unknown } {
  const read = (suffix: string): unknown =>
    JSON.parse(readFileSync(`tests/fixtures/sessions/${name}.${suffix}.json`, 'utf8')) as unknown;
  return { session: read('session'), expected: read('results') };
}

describe('computeResults on the worked examples of session-v1.md', () => {
  it.each(['tam-duong-2025-round1', 'lai-chau-2026-small'])('produces exactly %s.results.json', (name) => {
    const { session, expected } = fixture(name);
    const results = resultsOf(session);
    expect(JSON.parse(JSON.stringify(results))).toEqual(expected);
  });

  it('gives Tam Đường product p1 the mean 503/7 of its seven scoring members (m8 absent, m9 the secretary)', () => {
    const { session } = fixture('tam-duong-2025-round1');
    const p1 = resultsOf(session).products[0];
    expect(Object.keys(p1?.memberTotals ?? {})).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
    expect(p1?.mean).toBe((71 + 73 + 70 + 72 + 74 + 71 + 72) / 7);
  });
});

describe('computeResults: spread', () => {
  it('does not flag a product whose member totals differ by exactly 10 points', () => {
    const result = productResult(oneProduct([72, 75, 82]));
    expect(result).toMatchObject({ memberTotals: { m1: 72, m2: 75, m3: 82 }, spread: 10, spreadFlag: false });
    expect(result.mean).toBeCloseTo(229 / 3, 12);
    expect(result.status).toBe('recognise');
  });

  it('flags a product whose member totals differ by more than 10 points, status rescore', () => {
    const result = productResult(oneProduct([72, 75, 83]));
    expect(result).toMatchObject({ spread: 11, spreadFlag: true, bandStars: 4, stars: 4, status: 'rescore' });
  });

  it('uses the council’s own threshold', () => {
    const rules = { spreadThreshold: 5 };
    expect(productResult(oneProduct([72, 77], { rules }))).toMatchObject({ spread: 5, spreadFlag: false });
    expect(productResult(oneProduct([72, 78], { rules }))).toMatchObject({
      spread: 6,
      spreadFlag: true,
      status: 'rescore',
    });
  });
});

describe('computeResults: star bands and proposals', () => {
  it('ranks a mean of exactly 70 at 4 stars', () => {
    const result = productResult(oneProduct([68, 70, 72]));
    expect(result).toMatchObject({ mean: 70, bandStars: 4, stars: 4, blockingCriteria: [], status: 'recognise' });
  });

  it('ranks a mean just under 70 at 3 stars, never rounded up', () => {
    const result = productResult(oneProduct([69, 70, 70]));
    expect(result.mean).toBeCloseTo(69.6667, 4);
    expect(result).toMatchObject({ bandStars: 3, stars: 3, status: 'recognise' });
  });

  it('ranks 499 sheets of 70 and one of 69 (mean 69.998) at 3 stars', () => {
    const totals = [...Array.from({ length: 499 }, () => 70), 69];
    const result = productResult(oneProduct(totals));
    expect(result.mean).toBeCloseTo(69.998, 10);
    expect(result).toMatchObject({ spread: 1, bandStars: 3, stars: 3 });
  });

  it('sends a 90-point product (5★) to the central level under province-2026', () => {
    const result = productResult(oneProduct([90, 90, 90], { meetLevel: 5 }));
    expect(result).toMatchObject({ mean: 90, bandStars: 5, stars: 5, status: 'forward-central' });
  });

  it('sends a 90-point product (5★) only to the province under district-2023', () => {
    const input = sessionInput({
      profile: 'district-2023',
      rubric: '148/2023',
      members: members(3),
      products: [product('p1', 6)],
      sheets: sheetsWorth(set6of148, 'p1', { m1: 90, m2: 90, m3: 90 }, { meetLevel: 5 }),
    });
    expect(productResult(input)).toMatchObject({ mean: 90, bandStars: 5, stars: 5, status: 'forward-province' });
  });

  it('recognises a 4★ product itself under province-2025 and forwards it under district-2023', () => {
    const sheets = sheetsWorth(set6of148, 'p1', { m1: 80, m2: 80, m3: 80 }, { meetLevel: 4 });
    const base = { rubric: '148/2023', members: members(3), products: [product('p1', 6)], sheets };
    expect(productResult(sessionInput({ ...base, profile: 'province-2025' }))).toMatchObject({
      stars: 4,
      status: 'recognise',
    });
    expect(productResult(sessionInput({ ...base, profile: 'district-2023' }))).toMatchObject({
      stars: 4,
      status: 'forward-province',
    });
  });

  it('does not recognise 1★ and 2★ products under any profile', () => {
    for (const profile of ['district-2023', 'province-2025', 'province-2026'] as const) {
      expect(productResult(oneProduct([45, 45], { profile, meetLevel: 3 }))).toMatchObject({
        bandStars: 2,
        status: 'not-recognised',
      });
      expect(productResult(oneProduct([20, 25], { profile, meetLevel: 3 }))).toMatchObject({
        bandStars: 1,
        stars: 1,
        status: 'not-recognised',
      });
    }
  });

  it('computes part means over the scoring members at full precision', () => {
    // m1 all 100; m2 100 less A-1.1 (−2), B-4.1 (−3), C-9 (−5 with "none applies")
    const low = withPoints(set11, FULL, { 'A-1.1': 1, 'B-4.1': 2 });
    low['C-9'] = null;
    const input = sessionInput({
      members: members(3),
      products: [product('p1', 11)],
      sheets: [sheet('m1', 'p1', FULL), sheet('m2', 'p1', low), sheet('m3', 'p1', FULL)],
    });
    const result = productResult(input);
    expect(result.memberTotals).toEqual({ m1: 100, m2: 90, m3: 100 });
    expect(result.mean).toBeCloseTo(290 / 3, 12);
    expect(result.partMeans?.A).toBeCloseTo(118 / 3, 12);
    expect(result.partMeans?.B).toBeCloseTo(72 / 3, 12);
    expect(result.partMeans?.C).toBeCloseTo(100 / 3, 12);
  });
});

describe('computeResults: quorum', () => {
  function withAttendance(present: boolean[], rules: SessionFileInput['rules'] = {}): SessionFileInput {
    const council = present.map((isPresent, i) =>
      member(`m${i + 1}`, { role: i === 0 ? 'chair' : 'member', present: isPresent }),
    );
    const scorers = Object.fromEntries(council.filter((m) => m.present).map((m) => [m.id, 80]));
    return sessionInput({
      rules,
      members: council,
      products: [product('p1', 11)],
      sheets: sheetsWorth(set11, 'p1', scorers, { meetLevel: 4 }),
    });
  }

  it('is met with 6 of 8 members present, the chair among them', () => {
    const results = resultsOf(withAttendance([true, true, true, true, true, true, false, false]));
    expect(results.quorum).toEqual({ present: 6, total: 8, met: true });
    expect(results.products[0]?.status).toBe('recognise');
  });

  it('is not met with 5 of 8: every product is no-quorum, its figures still computed', () => {
    const results = resultsOf(withAttendance([true, true, true, true, true, false, false, false]));
    expect(results.quorum).toEqual({ present: 5, total: 8, met: false });
    expect(results.products[0]).toMatchObject({ status: 'no-quorum', mean: 80, bandStars: 4 });
  });

  it('is not met without the chair when the chair is required, and met when not', () => {
    const attendance = [false, true, true, true, true, true, true, true];
    expect(resultsOf(withAttendance(attendance)).quorum).toEqual({ present: 7, total: 8, met: false });
    expect(resultsOf(withAttendance(attendance)).products[0]?.status).toBe('no-quorum');
    const relaxed = resultsOf(withAttendance(attendance, { chairRequired: false }));
    expect(relaxed.quorum.met).toBe(true);
    expect(relaxed.products[0]?.status).toBe('recognise');
  });
});

describe('computeResults: who scores', () => {
  it('leaves a recused member out of the totals, the mean, the spread and the majority count', () => {
    const fails4 = withPoints(set11, FULL, { 'B-4.1': 2 }); // 97 points; B-4.1 meets only ***
    const recusedSheet = choicesWorth(set11, 40, 4); // low total, but B-4.1 at 3 points (meets ****)
    const input = sessionInput({
      members: members(5),
      products: [product('p1', 11, { recused: ['m5'] })],
      sheets: [
        sheet('m1', 'p1', FULL),
        sheet('m2', 'p1', FULL),
        sheet('m3', 'p1', fails4),
        sheet('m4', 'p1', fails4),
        sheet('m5', 'p1', recusedSheet),
      ],
    });
    // Counting m5 would give B-4.1 three of five sheets at ≥ 3 points and a 4★ product (mean 86.8).
    expect(productResult(input)).toEqual({
      id: 'p1',
      round: 1,
      memberTotals: { m1: 100, m2: 100, m3: 97, m4: 97 },
      mean: 98.5,
      partMeans: { A: 40, B: 23.5, C: 35 },
      spread: 3,
      spreadFlag: false,
      bandStars: 5,
      stars: 3,
      blockingCriteria: ['B-4.1'],
      status: 'recognise',
    });
  });

  it('ignores the sheet of an absent member and of a secretary who does not score', () => {
    const input = sessionInput({
      members: [
        member('m1', { role: 'chair' }),
        member('m2'),
        member('m3'),
        member('m4', { present: false }),
        member('s', { role: 'secretary', scores: false }),
      ],
      products: [product('p1', 11)],
      sheets: [
        ...sheetsWorth(set11, 'p1', { m1: 80, m2: 82, m3: 84 }, { meetLevel: 4 }),
        sheet('m4', 'p1', noneChoices(set11)),
        sheet('s', 'p1', noneChoices(set11)),
      ],
    });
    const results = resultsOf(input);
    expect(results.quorum).toEqual({ present: 4, total: 5, met: true });
    expect(results.products[0]?.memberTotals).toEqual({ m1: 80, m2: 82, m3: 84 });
    expect(results.products[0]).toMatchObject({
      memberTotals: { m1: 80, m2: 82, m3: 84 },
      mean: 82,
      spread: 4,
      spreadFlag: false,
      status: 'recognise',
    });
  });

  it('lets the secretary score when the session says so', () => {
    const input = sessionInput({
      members: [member('m1', { role: 'chair' }), member('s', { role: 'secretary' })],
      products: [product('p1', 11)],
      sheets: sheetsWorth(set11, 'p1', { m1: 80, s: 60 }, { meetLevel: 4 }),
    });
    expect(productResult(input)).toMatchObject({ memberTotals: { m1: 80, s: 60 }, mean: 70, spreadFlag: true });
  });
});

describe('computeResults: rounds and missing sheets', () => {
  it('uses only the latest round: a re-scored product is judged on round 2', () => {
    const input = sessionInput({
      members: members(3),
      products: [product('p1', 11)],
      sheets: [
        ...sheetsWorth(set11, 'p1', { m1: 60, m2: 75, m3: 85 }, { meetLevel: 4 }),
        ...sheetsWorth(set11, 'p1', { m1: 78, m2: 80, m3: 82 }, { meetLevel: 4, round: 2 }),
      ],
    });
    expect(productResult(input).memberTotals).toEqual({ m1: 78, m2: 80, m3: 82 });
    expect(productResult(input)).toMatchObject({
      round: 2,
      memberTotals: { m1: 78, m2: 80, m3: 82 },
      mean: 80,
      spread: 4,
      spreadFlag: false,
      status: 'recognise',
    });
  });

  it('takes the latest round from any member’s sheet: one round-2 sheet makes round 2, incomplete, with figures', () => {
    const input = sessionInput({
      members: members(3),
      products: [product('p1', 11)],
      sheets: [
        ...sheetsWorth(set11, 'p1', { m1: 80, m2: 80, m3: 80 }, { meetLevel: 4 }),
        ...sheetsWorth(set11, 'p1', { m2: 91 }, { meetLevel: 5, round: 2 }),
      ],
    });
    const result = productResult(input);
    const parts = result.partMeans;
    expect(result.memberTotals).toEqual({ m2: 91 });
    expect((parts?.A ?? 0) + (parts?.B ?? 0) + (parts?.C ?? 0)).toBe(91);
    expect(result).toMatchObject({
      id: 'p1',
      round: 2,
      memberTotals: { m2: 91 },
      mean: 91,
      spread: 0,
      spreadFlag: false,
      bandStars: 5,
      stars: 5,
      blockingCriteria: [],
      status: 'incomplete',
    });
  });

  it('takes the latest round even from a sheet that does not count: no scoring member has one, so no figures', () => {
    const input = sessionInput({
      members: [member('m1', { role: 'chair' }), member('m2'), member('s', { role: 'secretary', scores: false })],
      products: [product('p1', 11)],
      sheets: [...sheetsWorth(set11, 'p1', { m1: 80, m2: 80 }, { meetLevel: 4 }), sheet('s', 'p1', FULL, 2)],
    });
    expect(productResult(input)).toEqual({
      id: 'p1',
      round: null,
      memberTotals: {},
      mean: null,
      partMeans: null,
      spread: null,
      spreadFlag: false,
      bandStars: null,
      stars: null,
      blockingCriteria: [],
      status: 'incomplete',
    });
  });

  it('gives a product without sheets the status incomplete and no figures', () => {
    const input = sessionInput({
      members: members(3),
      products: [product('p1', 11), product('p2', 26)],
      sheets: sheetsWorth(set11, 'p1', { m1: 80, m2: 80, m3: 80 }, { meetLevel: 4 }),
    });
    const results = resultsOf(input);
    expect(results.products.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(results.products[1]).toEqual({
      id: 'p2',
      round: null,
      memberTotals: {},
      mean: null,
      partMeans: null,
      spread: null,
      spreadFlag: false,
      bandStars: null,
      stars: null,
      blockingCriteria: [],
      status: 'incomplete',
    });
  });

  it('still computes every figure of an incomplete product from the sheets it has', () => {
    const input = sessionInput({
      members: members(4),
      products: [product('p1', 11)],
      sheets: sheetsWorth(set11, 'p1', { m1: 70, m2: 90, m4: 74 }, { meetLevel: 4 }), // m3 has no sheet
    });
    expect(productResult(input).memberTotals).toEqual({ m1: 70, m2: 90, m4: 74 });
    expect(productResult(input)).toMatchObject({
      round: 1,
      memberTotals: { m1: 70, m2: 90, m4: 74 },
      mean: 78,
      spread: 20,
      spreadFlag: true,
      bandStars: 4,
      stars: 4,
      status: 'incomplete', // before rescore
    });
  });

  it('gives a disqualified product no figures even when sheets were written for it', () => {
    const input = sessionInput({
      members: members(3),
      products: [product('p1', 11, { disqualified: 'Hồ sơ giả mạo' })],
      sheets: sheetsWorth(set11, 'p1', { m1: 80, m2: 80, m3: 80 }, { meetLevel: 4 }),
    });
    expect(productResult(input)).toEqual({
      id: 'p1',
      round: null,
      memberTotals: {},
      mean: null,
      partMeans: null,
      spread: null,
      spreadFlag: false,
      bandStars: null,
      stars: null,
      blockingCriteria: [],
      status: 'disqualified',
    });
  });

  it('says disqualified before no-quorum, and no-quorum before incomplete', () => {
    const input = sessionInput({
      members: [member('m1', { role: 'chair', present: false }), member('m2'), member('m3')],
      products: [product('p1', 11, { disqualified: 'Không có giấy chứng nhận ATTP' }), product('p2', 11)],
      sheets: [],
    });
    expect(resultsOf(input).products.map((p) => p.status)).toEqual(['disqualified', 'no-quorum']);
  });
});

describe('computeResults: the star-marker gate', () => {
  // B-4.1 of set 11 requires 2 points at 3★, 3 at 4★, 5 at 5★.
  const fails4 = withPoints(set11, FULL, { 'B-4.1': 2 }); // 97 points

  function gated(sheets: ReturnType<typeof maxChoices>[], markerRule: 'majority' | 'mean' | 'all'): ProductResult {
    return productResult(
      sessionInput({
        rules: { markerRule },
        members: members(sheets.length),
        products: [product('p1', 11)],
        sheets: sheets.map((choices, i) => sheet(`m${i + 1}`, 'p1', choices)),
      }),
    );
  }

  it('under majority, drops a product when exactly half of the members miss a minimum', () => {
    const result = gated([FULL, FULL, fails4, fails4], 'majority');
    expect(result).toMatchObject({ mean: 98.5, bandStars: 5, stars: 3, blockingCriteria: ['B-4.1'] });
  });

  it('under majority, keeps the band when more than half meet every minimum', () => {
    const result = gated([FULL, FULL, FULL, fails4], 'majority');
    expect(result).toMatchObject({ bandStars: 5, stars: 5, blockingCriteria: [] });
  });

  it('under mean, compares the mean points of the criterion: (5+5+5+2)/4 = 4.25 meets 4★, not 5★', () => {
    const result = gated([FULL, FULL, FULL, fails4], 'mean');
    expect(result).toMatchObject({ bandStars: 5, stars: 4, blockingCriteria: ['B-4.1'] });
  });

  it('under all, one member below the minimum is enough to drop the product', () => {
    const result = gated([FULL, FULL, FULL, fails4], 'all');
    expect(result).toMatchObject({ bandStars: 5, stars: 3, blockingCriteria: ['B-4.1'], status: 'recognise' });
  });

  it('drops 5 to 4 when only the 5★ minimum is missed', () => {
    const fails5 = withPoints(set11, FULL, { 'B-4.1': 3 });
    expect(gated([fails5, fails5, fails5], 'majority')).toMatchObject({
      bandStars: 5,
      stars: 4,
      blockingCriteria: ['B-4.1'],
      status: 'recognise',
    });
  });

  it('reports the blocking criteria in the order of the form', () => {
    const sheetChoices = withPoints(set11, FULL, { 'C-7': 3, 'A-1.5': 2, 'B-4.1': 3 });
    expect(totalOf(set11, sheetChoices)).toBe(95); // 100 − 2 − 1 − 2
    expect(gated([sheetChoices, sheetChoices], 'majority')).toMatchObject({
      mean: 95,
      bandStars: 5,
      stars: 4,
      blockingCriteria: ['A-1.5', 'B-4.1', 'C-7'],
    });
  });

  it('can take a product below its band to 2 stars, which is not recognised', () => {
    const none9 = withPoints(set11, FULL, {});
    none9['C-9'] = null; // C-9 requires 1 point at 3★
    expect(gated([none9, none9, FULL], 'majority')).toMatchObject({
      bandStars: 5,
      stars: 2,
      blockingCriteria: ['C-9'],
      status: 'not-recognised',
    });
  });
});

describe('computeResults: criteria with alternative option lists', () => {
  it('scores the chosen case of community tourism (set 26, C-8 case a option 1 = 3 points)', () => {
    const choices = { ...noneChoices(set26), 'C-8': { variant: 'a', option: 1 }, 'C-9': { variant: 'b', option: 0 } };
    const input = sessionInput({
      members: members(1),
      products: [product('p1', 26)],
      sheets: [sheet('m1', 'p1', choices)],
    });
    expect(productResult(input)).toMatchObject({
      memberTotals: { m1: 4 },
      partMeans: { A: 0, B: 0, C: 4 },
      bandStars: 1,
      status: 'not-recognised',
    });
  });

  it('scores a full community tourism sheet at 100 whichever case is chosen', () => {
    const caseA = maxChoices(set26);
    const caseB = Object.fromEntries(
      Object.entries(caseA).map(([id, choice]) => [
        id,
        typeof choice === 'object' && choice !== null ? { ...choice, variant: 'b' } : choice,
      ]),
    );
    const input = sessionInput({
      members: members(2),
      products: [product('p1', 26)],
      sheets: [sheet('m1', 'p1', caseA), sheet('m2', 'p1', caseB)],
    });
    expect(productResult(input)).toMatchObject({ memberTotals: { m1: 100, m2: 100 }, stars: 5 });
  });
});
