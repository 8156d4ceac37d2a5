import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledPacks, setOf } from '../testing/load-packs';
import { checkPackRules } from './check-pack-rules';
import { parseRubricPack } from './parse-rubric-pack';
import type { RubricPack } from './rubric-pack.schema';

const { pack26, pack148 } = loadBundledPacks((file) => readFileSync(file, 'utf8'));

/** A deep copy that a test may mutate without touching the shared packs. */
function copy(pack: RubricPack): RubricPack {
  return structuredClone(pack);
}

function keysOf(pack: unknown): string[] {
  const parsed = parseRubricPack(pack);
  return parsed.ok ? [] : parsed.issues.map((i) => i.key);
}

function criterion(pack: RubricPack, setNo: number, id: string) {
  const found = setOf(pack, setNo).criteria.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} in set ${setNo}`);
  return found;
}

describe('the bundled rubric packs', () => {
  it('accepts both bundled packs without a single issue', () => {
    expect(checkPackRules(pack26)).toEqual([]);
    expect(checkPackRules(pack148)).toEqual([]);
  });

  it('holds the 26 complete forms of QĐ 26/2026 with 787 criteria, each summing to 100 = 40 + 25 + 35', () => {
    expect(pack26.id).toBe('26/2026');
    expect(pack26.sets.map((s) => s.no)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(pack26.sets.every((s) => s.complete)).toBe(true);
    expect(pack26.sets.reduce((sum, s) => sum + s.criteria.length, 0)).toBe(787);
    expect(pack26.parts.map((p) => [p.part, p.maxPoints])).toEqual([
      ['A', 40],
      ['B', 25],
      ['C', 35],
    ]);
    for (const set of pack26.sets) {
      const byPart = { A: 0, B: 0, C: 0 };
      for (const c of set.criteria) byPart[c.part] += c.maxPoints;
      expect(byPart, `set ${set.no}`).toEqual({ A: 40, B: 25, C: 35 });
    }
  });

  it('marks sets 11, 12 and 13 of QĐ 148 incomplete, with a note saying what is missing, and no other set', () => {
    expect(pack148.sets).toHaveLength(26);
    expect(pack148.sets.filter((s) => !s.complete).map((s) => s.no)).toEqual([11, 12, 13]);
    for (const no of [11, 12, 13]) expect(setOf(pack148, no).notes.length).toBeGreaterThan(0);
  });

  it('keeps every set of both packs between 25 and 34 leaf criteria (domain README §3)', () => {
    for (const set of [...pack26.sets, ...pack148.sets]) {
      expect(set.criteria.length).toBeGreaterThanOrEqual(25);
      expect(set.criteria.length).toBeLessThanOrEqual(34);
    }
  });

  it('gives community tourism (set 26 of 26/2026) alternative option lists on C-8', () => {
    const c8 = criterion(pack26, 26, 'C-8');
    expect(c8.options).toBeUndefined();
    expect(c8.variants?.map((v) => v.id)).toEqual(['a', 'b']);
    expect(setOf(pack26, 26).sampleRequired).toBe(false);
  });
});

describe('checkPackRules on a damaged pack', () => {
  it('rejects a complete set whose part C sums to 32 of 35 (rubric.partSum)', () => {
    const pack = copy(pack26);
    const set = setOf(pack, 11);
    // Drop C-11 (3 points) and its section, as a transcription that lost a section would.
    set.criteria = set.criteria.filter((c) => c.id !== 'C-11');
    set.sections = set.sections.filter((s) => !(s.part === 'C' && s.id === '11'));
    const issues = checkPackRules(pack);
    expect(issues).toEqual([
      { key: 'rubric.partSum', path: ['sets', 10, 'sections'], params: { set: 11, part: 'C', sum: 32, max: 35 } },
    ]);
  });

  it('accepts the same gap when the set is marked incomplete and says so, and refuses it without a note', () => {
    const pack = copy(pack26);
    const set = setOf(pack, 11);
    set.criteria = set.criteria.filter((c) => c.id !== 'C-11');
    set.sections = set.sections.filter((s) => !(s.part === 'C' && s.id === '11'));
    set.complete = false;
    set.notes = ['Part C sums to 32: section 11 is missing from the source.'];
    expect(checkPackRules(pack)).toEqual([]);
    set.notes = [];
    expect(checkPackRules(pack).map((i) => i.key)).toEqual(['rubric.incompleteWithoutGap']);
  });

  it('rejects an option worth more than its criterion maximum (rubric.optionAboveMax)', () => {
    const pack = copy(pack26);
    const c = criterion(pack, 11, 'A-1.2'); // max 2, options 0, 1, 2
    const last = c.options?.[2];
    if (!last) throw new Error('A-1.2 has three options');
    last.points = 3;
    const issues = checkPackRules(pack);
    expect(issues.map((i) => i.key)).toContain('rubric.optionAboveMax');
    const found = issues.find((i) => i.key === 'rubric.optionAboveMax');
    expect(found?.params).toEqual({ set: 11, id: 'A-1.2', points: 3, max: 2 });
    expect(found?.path).toEqual(['sets', 10, 'criteria', 1, 'options', 2]);
  });

  it('rejects a star marker whose points disagree with minPointsForStar (rubric.markerMismatch)', () => {
    const pack = copy(pack26);
    const c = criterion(pack, 11, 'A-1.1'); // options 1, 2 (***), 3; minPointsForStar { 3: 2 }
    c.minPointsForStar = { '3': 3 };
    const keys = checkPackRules(pack).map((i) => i.key);
    expect(keys).toContain('rubric.markerMismatch');
  });

  it('rejects a minimum that no marked option carries (rubric.markerWithoutOption)', () => {
    const pack = copy(pack26);
    const c = criterion(pack, 11, 'A-1.2'); // no markers
    c.minPointsForStar = { '4': 1 };
    expect(checkPackRules(pack).map((i) => i.key)).toEqual(['rubric.markerWithoutOption']);
  });

  it('rejects a higher star level that requires fewer points (rubric.markerDecreasing)', () => {
    const pack = copy(pack26);
    const c = criterion(pack, 11, 'A-2.3'); // 1 (***), 3 (****); { 3: 1, 4: 3 }
    const [first, , third] = c.options ?? [];
    if (!first || !third) throw new Error('A-2.3 has three options');
    first.marker = 4;
    third.marker = 3;
    c.minPointsForStar = { '3': 3, '4': 1 };
    expect(checkPackRules(pack).map((i) => i.key)).toContain('rubric.markerDecreasing');
  });

  it('rejects a criterion id used twice in one set (rubric.duplicateCriterion)', () => {
    const pack = copy(pack26);
    const set = setOf(pack, 11);
    const second = set.criteria[1];
    if (!second) throw new Error('set 11 has criteria');
    second.id = 'A-1.1';
    const issues = checkPackRules(pack);
    const found = issues.find((i) => i.key === 'rubric.duplicateCriterion');
    expect(found).toEqual({
      key: 'rubric.duplicateCriterion',
      path: ['sets', 10, 'criteria', 1],
      params: { set: 11, id: 'A-1.1' },
    });
  });

  it('rejects a section whose criteria do not add up to its maximum (rubric.sectionSum)', () => {
    const pack = copy(pack26);
    const section = setOf(pack, 11).sections.find((s) => s.part === 'A' && s.id === '1');
    if (!section) throw new Error('set 11 has section A-1');
    section.maxPoints = 17;
    const keys = checkPackRules(pack).map((i) => i.key);
    expect(keys).toContain('rubric.sectionSum');
    expect(keys).toContain('rubric.partSum');
  });

  it('rejects sub-criteria that do not add up to their heading (rubric.parentSum)', () => {
    const pack = copy(pack26);
    const c = criterion(pack, 11, 'C-6.1.1');
    if (!c.parent) throw new Error('C-6.1.1 has a parent heading');
    c.parent.maxPoints = 5;
    expect(checkPackRules(pack).map((i) => i.key)).toContain('rubric.parentSum');
  });

  it('rejects a criterion that has both an option list and cases, or neither (rubric.optionsOrVariants)', () => {
    const pack = copy(pack26);
    const c = criterion(pack, 11, 'A-1.2');
    delete c.options;
    expect(checkPackRules(pack).map((i) => i.key)).toContain('rubric.optionsOrVariants');
  });

  it('rejects a frame that does not add up to 100 (rubric.frame) and a set number used twice', () => {
    const pack = copy(pack26);
    const partC = pack.parts[2];
    if (!partC) throw new Error('three parts');
    partC.maxPoints = 40;
    const first = pack.sets[0];
    const second = pack.sets[1];
    if (!first || !second) throw new Error('sets');
    second.no = first.no;
    const keys = checkPackRules(pack).map((i) => i.key);
    expect(keys).toContain('rubric.frame');
    expect(keys).toContain('rubric.duplicateSet');
  });

  it('rejects a correction that names a set the pack does not have', () => {
    const pack = copy(pack26);
    pack.corrections.push({ set: 42, criterion: 'A-1.1', kind: 'corrected', description: 'x' });
    expect(checkPackRules(pack).map((i) => i.key)).toEqual(['rubric.correctionUnknownSet']);
  });
});

describe('parseRubricPack', () => {
  it('returns the pack unchanged when it is valid', () => {
    const parsed = parseRubricPack(JSON.parse(JSON.stringify(pack26)));
    expect(parsed).toEqual({ ok: true, value: pack26 });
  });

  it('refuses an unknown top-level key with schema.unknownKeys at the root', () => {
    const issues = (() => {
      const parsed = parseRubricPack({ ...copy(pack26), extra: 1 });
      return parsed.ok ? [] : parsed.issues;
    })();
    expect(issues).toEqual([{ key: 'schema.unknownKeys', path: [], params: { keys: 'extra' } }]);
  });

  it('refuses a wrong format tag and a wrong-typed field before any arithmetic rule', () => {
    expect(keysOf({ ...copy(pack26), format: 'ocop-council/rubric-pack@2' })).toEqual(['schema.invalidValue']);
    expect(keysOf({ ...copy(pack26), version: '1' })).toEqual(['schema.invalidType']);
    expect(keysOf(null)).toEqual(['schema.invalidType']);
  });

  it('reports arithmetic issues (the pack is refused whole)', () => {
    const pack = copy(pack26);
    const c = criterion(pack, 3, 'A-1.1');
    c.maxPoints = 0;
    const parsed = parseRubricPack(pack);
    expect(parsed.ok).toBe(false);
  });
});
