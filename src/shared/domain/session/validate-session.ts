import { issue, type DomainIssue } from '../issues/domain-issue';
import { issuesFromZod } from '../issues/from-zod';
import type { RubricPack } from '../rubric/rubric-pack.schema';
import { choiceProblem, compileSet, type CompiledCriterion, type CompiledSet } from '../scoring/compiled-set';
import { sessionFileSchema, type Choice, type SessionFile } from './session-file.schema';

/** Finds a rubric pack by the id a session names (latest version), or undefined. */
export type PackLookup = (id: string) => RubricPack | undefined;

export type SessionCheck =
  | { ok: true; session: SessionFile; pack: RubricPack; sets: ReadonlyMap<number, CompiledSet> }
  | { ok: false; issues: DomainIssue[] };

/**
 * Checks a session file (session-v1.md): its shape, then everything the results depend on: a known
 * pack, unique members and products, known references, no duplicate sheet for a member, product and
 * round, complete product sets, and on every sheet exactly the set's criteria with options in range.
 * Returns every problem found, each with its path in the file.
 */
export function checkSession(input: unknown, packs: PackLookup): SessionCheck {
  const parsed = sessionFileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const session = parsed.data;
  const pack = packs(session.rubric);
  if (!pack) return { ok: false, issues: [issue('session.unknownPack', ['rubric'], { pack: session.rubric })] };

  const issues: DomainIssue[] = [];
  const members = new Set<string>();
  session.council.members.forEach((member, index) => {
    if (members.has(member.id))
      issues.push(issue('session.duplicateMember', ['council', 'members', index, 'id'], { id: member.id }));
    members.add(member.id);
  });

  const sets = new Map<number, CompiledSet>();
  const productSets = new Map<string, CompiledSet | null>();
  session.products.forEach((product, index) => {
    const at = ['products', index];
    if (productSets.has(product.id)) issues.push(issue('session.duplicateProduct', [...at, 'id'], { id: product.id }));
    const set = pack.sets.find((s) => s.no === product.productSet);
    let compiled: CompiledSet | null = null;
    if (!set) {
      issues.push(issue('session.unknownSet', [...at, 'productSet'], { set: product.productSet, pack: pack.id }));
    } else if (!set.complete && product.disqualified === null) {
      issues.push(issue('session.incompleteSet', [...at, 'productSet'], { set: product.productSet, pack: pack.id }));
    } else {
      compiled = sets.get(set.no) ?? compileSet(set);
      sets.set(set.no, compiled);
    }
    productSets.set(product.id, compiled);
    product.recused.forEach((memberId, j) => {
      if (!members.has(memberId)) issues.push(issue('session.unknownMember', [...at, 'recused', j], { id: memberId }));
    });
  });

  const seenSheets = new Set<string>();
  session.sheets.forEach((sheet, index) => {
    const at = ['sheets', index];
    if (!members.has(sheet.member))
      issues.push(issue('session.unknownMember', [...at, 'member'], { id: sheet.member }));
    if (!productSets.has(sheet.product)) {
      issues.push(issue('session.unknownProduct', [...at, 'product'], { id: sheet.product }));
    }
    const key = JSON.stringify([sheet.member, sheet.product, sheet.round]);
    if (seenSheets.has(key)) {
      issues.push(
        issue('session.duplicateSheet', at, { member: sheet.member, product: sheet.product, round: sheet.round }),
      );
    }
    seenSheets.add(key);
    const set = productSets.get(sheet.product);
    if (set) issues.push(...checkChoices(set, sheet.choices, [...at, 'choices']));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, session, pack, sets };
}

/** What a choice problem message shows: the option asked for, the last valid index, the cases. */
function choiceParams(criterion: CompiledCriterion, choice: Choice): Record<string, string | number> {
  const variant = typeof choice === 'object' && choice !== null ? choice : null;
  const options = variant ? criterion.variants?.get(variant.variant) : criterion.options;
  return {
    option: variant ? variant.option : typeof choice === 'number' ? choice : 'null',
    last: Math.max(0, (options?.length ?? 1) - 1),
    variant: variant?.variant ?? '',
    variants: [...(criterion.variants?.keys() ?? [])].join(', '),
  };
}

function checkChoices(
  set: CompiledSet,
  choices: SessionFile['sheets'][number]['choices'],
  at: (string | number)[],
): DomainIssue[] {
  const issues: DomainIssue[] = [];
  for (const [id, choice] of Object.entries(choices)) {
    const criterion = set.byId.get(id);
    if (!criterion) {
      issues.push(issue('session.unknownCriterion', [...at, id], { id, set: set.no }));
      continue;
    }
    const problem = choiceProblem(criterion, choice);
    if (problem) issues.push(issue(problem, [...at, id], { id, set: set.no, ...choiceParams(criterion, choice) }));
  }
  for (const criterion of set.criteria) {
    if (!Object.hasOwn(choices, criterion.id)) {
      issues.push(issue('session.missingCriterion', at, { id: criterion.id, set: set.no }));
    }
  }
  return issues;
}
