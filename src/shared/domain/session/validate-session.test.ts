import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DomainIssue } from '../issues/domain-issue';
import { completed148Set11File, loadBundledPacks, setOf } from '../testing/load-packs';
import { maxChoices, member, members, product, sessionInput, sheet, type Choices } from '../testing/session-builder';
import { applySetFile, parseRubricSetFile } from '../rubric/parse-rubric-pack';
import type { SessionFileInput } from './session-file.schema';
import { checkSession } from './validate-session';

const { pack26, pack148, lookup } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
const set11 = setOf(pack26, 11);
const set26 = setOf(pack26, 26);
const FULL = maxChoices(set11);

/** A valid session: three members, product p1 of set 11 (26/2026) with one sheet per member. */
function valid(): SessionFileInput {
  return sessionInput({
    members: members(3),
    products: [product('p1', 11)],
    sheets: ['m1', 'm2', 'm3'].map((id) => sheet(id, 'p1', { ...FULL })),
  });
}

function issuesOf(input: unknown, packs = lookup): DomainIssue[] {
  const checked = checkSession(input, packs);
  return checked.ok ? [] : checked.issues;
}

function withSheetChoices(choices: Choices): SessionFileInput {
  const input = valid();
  input.sheets[1] = sheet('m2', 'p1', choices);
  return input;
}

describe('checkSession accepts', () => {
  it('a valid session, filling in the default rules', () => {
    const checked = checkSession(valid(), lookup);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.session.rules).toEqual({
        spreadThreshold: 10,
        quorumFraction: 0.75,
        chairRequired: true,
        markerRule: 'majority',
      });
      expect(checked.session.council.members.every((m) => m.scores)).toBe(true);
      expect(checked.session.products[0]).toMatchObject({ recused: [], disqualified: null });
      expect(checked.pack.id).toBe('26/2026');
      expect([...checked.sets.keys()]).toEqual([11]);
    }
  });

  it('both worked examples', () => {
    for (const name of ['tam-duong-2025-round1', 'lai-chau-2026-small']) {
      const input: unknown = JSON.parse(readFileSync(`tests/fixtures/sessions/${name}.session.json`, 'utf8'));
      expect(issuesOf(input), name).toEqual([]);
    }
  });

  it('"none applies" (null) on every criterion', () => {
    const none = Object.fromEntries(set11.criteria.map((c) => [c.id, null]));
    expect(issuesOf(withSheetChoices(none))).toEqual([]);
  });

  it('a disqualified product of set 11 under 148/2023, whose form is incomplete', () => {
    const input = sessionInput({
      profile: 'district-2023',
      rubric: '148/2023',
      members: members(3),
      products: [product('p1', 11, { disqualified: 'Không có giấy chứng nhận ATTP' })],
      sheets: [],
    });
    expect(issuesOf(input)).toEqual([]);
  });

  it('set 11 under 148/2023 once a completed form is imported (version 2 of the pack)', () => {
    const parsed = parseRubricSetFile(completed148Set11File(pack148), pack148);
    if (!parsed.ok) throw new Error('valid set file');
    const v2 = applySetFile(pack148, parsed.value, '2026-06-01T00:00:00.000Z');
    const input = sessionInput({
      profile: 'district-2023',
      rubric: '148/2023',
      members: members(1),
      products: [product('p1', 11)],
      sheets: [sheet('m1', 'p1', maxChoices(setOf(v2, 11)))],
    });
    expect(issuesOf(input, (id) => (id === '148/2023' ? v2 : undefined))).toEqual([]);
  });
});

describe('checkSession refuses, naming the key and the path', () => {
  it('a wrong format tag', () => {
    expect(issuesOf({ ...valid(), format: 'ocop-council/session@2' })).toEqual([
      { key: 'schema.invalidValue', path: ['format'], params: { values: '"ocop-council/session@1"' } },
    ]);
  });

  it('an unknown key at the top level', () => {
    expect(issuesOf({ ...valid(), comment: 'x' })).toEqual([
      { key: 'schema.unknownKeys', path: [], params: { keys: 'comment' } },
    ]);
  });

  it('an unknown key inside a sheet', () => {
    const input = valid();
    const sheets: unknown[] = [...input.sheets];
    sheets[2] = { ...input.sheets[2], signedBy: 'm3' };
    expect(issuesOf({ ...input, sheets })).toEqual([
      { key: 'schema.unknownKeys', path: ['sheets', 2], params: { keys: 'signedBy' } },
    ]);
  });

  it('an unknown profile and a round 0', () => {
    const input = valid();
    const sheets: unknown[] = [...input.sheets];
    sheets[0] = { ...input.sheets[0], round: 0 };
    const issues = issuesOf({ ...input, profile: 'commune-2027', sheets });
    expect(issues.map((i) => [i.key, i.path])).toEqual([
      ['schema.invalidValue', ['profile']],
      ['schema.tooSmall.number', ['sheets', 0, 'round']],
    ]);
  });

  it('an unknown rubric pack', () => {
    expect(issuesOf({ ...valid(), rubric: '1048/2019' })).toEqual([
      { key: 'session.unknownPack', path: ['rubric'], params: { pack: '1048/2019' } },
    ]);
  });

  it('an unknown criterion', () => {
    expect(issuesOf(withSheetChoices({ ...FULL, 'A-9.9': 0 }))).toEqual([
      { key: 'session.unknownCriterion', path: ['sheets', 1, 'choices', 'A-9.9'], params: { id: 'A-9.9', set: 11 } },
    ]);
  });

  it('a missing criterion', () => {
    const { 'C-9': _dropped, ...rest } = FULL;
    expect(issuesOf(withSheetChoices(rest))).toEqual([
      { key: 'session.missingCriterion', path: ['sheets', 1, 'choices'], params: { id: 'C-9', set: 11 } },
    ]);
  });

  it('an option index past the last option', () => {
    expect(issuesOf(withSheetChoices({ ...FULL, 'A-1.1': 3 }))).toEqual([
      {
        key: 'session.optionOutOfRange',
        path: ['sheets', 1, 'choices', 'A-1.1'],
        params: { id: 'A-1.1', set: 11, option: 3, last: 2, variant: '', variants: '' },
      },
    ]);
  });

  it('a negative or fractional option index (shape)', () => {
    const issues = issuesOf(withSheetChoices({ ...FULL, 'A-1.1': -1, 'A-1.2': 1.5 }));
    expect(issues.map((i) => i.path)).toEqual([
      ['sheets', 1, 'choices', 'A-1.1'],
      ['sheets', 1, 'choices', 'A-1.2'],
    ]);
    expect(issues.every((i) => i.key.startsWith('schema.'))).toBe(true);
  });

  describe('on criteria with alternative option lists (set 26)', () => {
    function tourism(choices: Record<string, unknown>): unknown {
      return sessionInput({
        members: members(1),
        products: [product('p1', 26)],
        sheets: [{ member: 'm1', product: 'p1', round: 1, choices: { ...maxChoices(set26), ...choices } as Choices }],
      });
    }

    it('accepts {variant, option} on a criterion with cases', () => {
      expect(issuesOf(tourism({ 'C-8': { variant: 'a', option: 1 } }))).toEqual([]);
    });

    it('a plain index given for a criterion with cases', () => {
      const issues = issuesOf(tourism({ 'C-8': 1 }));
      expect(issues.map((i) => [i.key, i.path])).toEqual([
        ['session.variantRequired', ['sheets', 0, 'choices', 'C-8']],
      ]);
      expect(issues[0]?.params).toMatchObject({ id: 'C-8', set: 26, variants: 'a, b' });
    });

    it('a case given for a criterion without cases', () => {
      const issues = issuesOf(tourism({ 'A-1.1': { variant: 'a', option: 0 } }));
      expect(issues.map((i) => [i.key, i.path])).toEqual([
        ['session.variantNotAllowed', ['sheets', 0, 'choices', 'A-1.1']],
      ]);
    });

    it('a case the criterion does not have', () => {
      const issues = issuesOf(tourism({ 'C-8': { variant: 'c', option: 0 } }));
      expect(issues.map((i) => [i.key, i.path])).toEqual([['session.unknownVariant', ['sheets', 0, 'choices', 'C-8']]]);
      expect(issues[0]?.params).toMatchObject({ id: 'C-8', set: 26, variant: 'c', variants: 'a, b' });
    });

    it('an option index past the end of the chosen case', () => {
      const issues = issuesOf(tourism({ 'C-8': { variant: 'b', option: 2 } }));
      expect(issues.map((i) => [i.key, i.params['last']])).toEqual([['session.optionOutOfRange', 1]]);
    });

    it('a case written as a number (shape)', () => {
      const issues = issuesOf(tourism({ 'C-8': { variant: 1, option: 0 } }));
      expect(issues).toHaveLength(1);
      expect(issues[0]?.key.startsWith('schema.')).toBe(true);
      expect(issues[0]?.path.slice(0, 4)).toEqual(['sheets', 0, 'choices', 'C-8']);
    });
  });

  it('a sheet by a member who is not on the council', () => {
    const input = valid();
    input.sheets.push(sheet('m9', 'p1', FULL));
    expect(issuesOf(input)).toEqual([
      { key: 'session.unknownMember', path: ['sheets', 3, 'member'], params: { id: 'm9' } },
    ]);
  });

  it('a recusal of a member who is not on the council', () => {
    const input = valid();
    input.products[0] = product('p1', 11, { recused: ['m2', 'x'] });
    expect(issuesOf(input)).toEqual([
      { key: 'session.unknownMember', path: ['products', 0, 'recused', 1], params: { id: 'x' } },
    ]);
  });

  it('a sheet for a product that is not in the list', () => {
    const input = valid();
    input.sheets.push(sheet('m1', 'p2', FULL));
    expect(issuesOf(input)).toEqual([
      { key: 'session.unknownProduct', path: ['sheets', 3, 'product'], params: { id: 'p2' } },
    ]);
  });

  it('a second sheet by the same member for the same product and round, but not for another round', () => {
    const input = valid();
    input.sheets.push(sheet('m2', 'p1', FULL));
    expect(issuesOf(input)).toEqual([
      { key: 'session.duplicateSheet', path: ['sheets', 3], params: { member: 'm2', product: 'p1', round: 1 } },
    ]);
    const rescored = valid();
    rescored.sheets.push(sheet('m2', 'p1', FULL, 2));
    expect(issuesOf(rescored)).toEqual([]);
  });

  it('a member id used twice', () => {
    const input = valid();
    input.council.members.push(member('m2', { name: 'Người khác' }));
    expect(issuesOf(input)).toEqual([
      { key: 'session.duplicateMember', path: ['council', 'members', 3, 'id'], params: { id: 'm2' } },
    ]);
  });

  it('a product id used twice', () => {
    const input = valid();
    input.products.push(product('p1', 11));
    expect(issuesOf(input)).toEqual([
      { key: 'session.duplicateProduct', path: ['products', 1, 'id'], params: { id: 'p1' } },
    ]);
  });

  it('a product set the pack does not have', () => {
    const input = valid();
    input.products.push(product('p2', 27));
    expect(issuesOf(input)).toEqual([
      { key: 'session.unknownSet', path: ['products', 1, 'productSet'], params: { set: 27, pack: '26/2026' } },
    ]);
  });

  it('a product of set 11 under 148/2023, whose form the pack marks incomplete', () => {
    const input = sessionInput({
      profile: 'district-2023',
      rubric: '148/2023',
      members: members(3),
      products: [product('p1', 6), product('p2', 11)],
      sheets: [],
    });
    expect(issuesOf(input)).toEqual([
      { key: 'session.incompleteSet', path: ['products', 1, 'productSet'], params: { set: 11, pack: '148/2023' } },
    ]);
  });

  it('reports every problem of a file at once, in file order', () => {
    const input = valid();
    input.council.members.push(member('m1'));
    input.sheets.push(sheet('zz', 'p9', FULL));
    input.sheets[0] = sheet('m1', 'p1', { ...FULL, 'A-1.1': 7 });
    expect(issuesOf(input).map((i) => i.key)).toEqual([
      'session.duplicateMember',
      'session.optionOutOfRange',
      'session.unknownMember',
      'session.unknownProduct',
    ]);
  });
});
