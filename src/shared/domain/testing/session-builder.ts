/**
 * Test support, never imported by production code: builds session@1 inputs and sheets whose totals are
 * chosen by the test, from a real rubric set, so that tests state figures a reader can check by hand.
 */
import type { RubricCriterion, RubricSet, StarLevel } from '../rubric/rubric-pack.schema';
import { requiredPoints } from '../rubric/star-requirements';
import type { Choice, SessionFileInput } from '../session/session-file.schema';

export type SheetInput = SessionFileInput['sheets'][number];
export type MemberInput = SessionFileInput['council']['members'][number];
export type ProductInput = SessionFileInput['products'][number];
export type Choices = Record<string, Choice>;

interface OptionList {
  readonly variant: string | null;
  readonly points: readonly number[];
}

function optionLists(criterion: RubricCriterion): OptionList[] {
  if (criterion.options) return [{ variant: null, points: criterion.options.map((o) => o.points) }];
  return (criterion.variants ?? []).map((v) => ({ variant: v.id, points: v.options.map((o) => o.points) }));
}

function choiceOf(list: OptionList, option: number): Choice {
  return list.variant === null ? option : { variant: list.variant, option };
}

/** The points a choice is worth on a criterion (null: 0). */
export function pointsOf(criterion: RubricCriterion, choice: Choice): number {
  if (choice === null) return 0;
  const lists = optionLists(criterion);
  if (typeof choice === 'number') return lists[0]?.points[choice] ?? Number.NaN;
  return lists.find((l) => l.variant === choice.variant)?.points[choice.option] ?? Number.NaN;
}

/** A choice worth exactly `points` on a criterion (the first list that has one; null for 0 when no option is). */
export function choiceWorth(criterion: RubricCriterion, points: number): Choice {
  for (const list of optionLists(criterion)) {
    const option = list.points.indexOf(points);
    if (option >= 0) return choiceOf(list, option);
  }
  if (points === 0) return null;
  throw new Error(`criterion ${criterion.id} has no option worth ${points}`);
}

/** Every criterion at its highest option: a sheet worth the set's full 100 points when the set is complete. */
export function maxChoices(set: RubricSet): Choices {
  const choices: Choices = {};
  for (const criterion of set.criteria) choices[criterion.id] = choiceWorth(criterion, criterion.maxPoints);
  return choices;
}

/** Every criterion "none applies" (null): a sheet worth 0 points. */
export function noneChoices(set: RubricSet): Choices {
  return Object.fromEntries(set.criteria.map((c) => [c.id, null]));
}

/**
 * A sheet worth exactly `target` points. With `meetLevel`, every criterion first gets the lowest option
 * that meets its requirement at that star level, so the marker gate keeps that level; then criteria are
 * raised in form order, each as far as the target allows. Throws when the target cannot be reached.
 */
export function choicesWorth(set: RubricSet, target: number, meetLevel?: StarLevel): Choices {
  const chosen = set.criteria.map((criterion) => {
    const list = optionLists(criterion)[0] ?? { variant: null, points: [] };
    const required = meetLevel === undefined ? undefined : requiredPoints(criterion, meetLevel);
    const candidates = list.points.filter((p) => p >= (required ?? 0));
    const points = required === undefined ? 0 : Math.min(...candidates);
    return { criterion, list, points };
  });
  let total = chosen.reduce((sum, c) => sum + c.points, 0);
  if (total > target) throw new Error(`set ${set.no}: meeting ${meetLevel}★ needs ${total} points, above ${target}`);
  for (const entry of chosen) {
    const fits = entry.list.points.filter((p) => p > entry.points && total - entry.points + p <= target);
    if (fits.length === 0) continue;
    const best = Math.max(...fits);
    total += best - entry.points;
    entry.points = best;
  }
  if (total !== target) throw new Error(`set ${set.no}: cannot make a sheet worth ${target} (reached ${total})`);
  const choices: Choices = {};
  for (const { criterion, list, points } of chosen) {
    const option = list.points.indexOf(points);
    choices[criterion.id] = option >= 0 ? choiceOf(list, option) : null;
  }
  return choices;
}

/** `base` with some criteria set to the choices worth the given points. */
export function withPoints(set: RubricSet, base: Choices, points: Readonly<Record<string, number>>): Choices {
  const out: Choices = { ...base };
  for (const [id, value] of Object.entries(points)) {
    const criterion = set.criteria.find((c) => c.id === id);
    if (!criterion) throw new Error(`set ${set.no} has no criterion ${id}`);
    out[id] = choiceWorth(criterion, value);
  }
  return out;
}

/** The total of a sheet, summed here independently of the scoring code. */
export function totalOf(set: RubricSet, choices: Choices): number {
  return set.criteria.reduce((sum, c) => sum + pointsOf(c, choices[c.id] ?? null), 0);
}

export function member(id: string, extra: Partial<MemberInput> = {}): MemberInput {
  return { id, name: `Thành viên ${id}`, role: 'member', present: true, ...extra };
}

/** Members m1…mN, m1 the chair. */
export function members(count: number): MemberInput[] {
  return Array.from({ length: count }, (_, i) => member(`m${i + 1}`, i === 0 ? { role: 'chair' } : {}));
}

export function product(id: string, productSet: number, extra: Partial<ProductInput> = {}): ProductInput {
  return { id, name: `Sản phẩm ${id}`, productSet, producer: `Chủ thể ${id}`, attempt: 'first', ...extra };
}

export function sheet(memberId: string, productId: string, choices: Choices, round = 1): SheetInput {
  return { member: memberId, product: productId, round, choices };
}

/** One sheet per member for `productId`, each worth the member's total (meeting `meetLevel` when given). */
export function sheetsWorth(
  set: RubricSet,
  productId: string,
  totals: Readonly<Record<string, number>>,
  options: { meetLevel?: StarLevel; round?: number } = {},
): SheetInput[] {
  return Object.entries(totals).map(([memberId, total]) =>
    sheet(memberId, productId, choicesWorth(set, total, options.meetLevel), options.round ?? 1),
  );
}

export function sessionInput(parts: {
  members: MemberInput[];
  products: ProductInput[];
  sheets: SheetInput[];
  profile?: SessionFileInput['profile'];
  rubric?: string;
  rules?: SessionFileInput['rules'];
}): SessionFileInput {
  return {
    format: 'ocop-council/session@1',
    profile: parts.profile ?? 'province-2026',
    rubric: parts.rubric ?? '26/2026',
    ...(parts.rules ? { rules: parts.rules } : {}),
    council: { name: 'Hội đồng thử nghiệm', members: parts.members },
    products: parts.products,
    sheets: parts.sheets,
  };
}
