import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completed148Set11File, loadBundledPacks, setOf } from '../testing/load-packs';
import { applySetFile, parseRubricSetFile, rubricFileKind } from './parse-rubric-pack';
import { setTotalPoints } from './pack-summary';

const { pack26, pack148 } = loadBundledPacks((file) => readFileSync(file, 'utf8'));

function issueKeys(result: { ok: true } | { ok: false; issues: { key: string }[] }): string[] {
  return result.ok ? [] : result.issues.map((i) => i.key);
}

describe('rubricFileKind', () => {
  it('tells a pack from a set file by its format tag, and anything else is unknown', () => {
    expect(rubricFileKind({ format: 'ocop-council/rubric-pack@1' })).toBe('pack');
    expect(rubricFileKind({ format: 'ocop-council/rubric-set@1' })).toBe('set');
    expect(rubricFileKind({ format: 'ocop-council/session@1' })).toBe('unknown');
    expect(rubricFileKind({})).toBe('unknown');
    expect(rubricFileKind(null)).toBe('unknown');
    expect(rubricFileKind([1])).toBe('unknown');
    expect(rubricFileKind('ocop-council/rubric-pack@1')).toBe('unknown');
  });
});

describe('parseRubricSetFile', () => {
  it('accepts a completed set 11 of QĐ 148 that sums to 100', () => {
    const file = completed148Set11File(pack148);
    expect(setTotalPoints(file.set)).toBe(100);
    const parsed = parseRubricSetFile(JSON.parse(JSON.stringify(file)), pack148);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.set.complete).toBe(true);
      expect(parsed.value.corrections).toEqual([]); // the default when the file lists none
    }
  });

  it('refuses the bundled set 11 marked complete as it is (part C 32 of 35)', () => {
    const file = completed148Set11File(pack148);
    const asBundled = { ...file, set: { ...structuredClone(setOf(pack148, 11)), complete: true } };
    const parsed = parseRubricSetFile(asBundled, pack148);
    expect(parsed).toEqual({
      ok: false,
      issues: [{ key: 'rubric.partSum', path: ['set', 'sections'], params: { set: 11, part: 'C', sum: 32, max: 35 } }],
    });
  });

  it('refuses a file that amends another pack', () => {
    const file = { ...completed148Set11File(pack148), pack: '26/2026' };
    expect(issueKeys(parseRubricSetFile(file, pack148))).toEqual(['rubric.setFileWrongPack']);
  });

  it('refuses a set number the base pack does not have', () => {
    const file = completed148Set11File(pack148);
    file.set.no = 27;
    expect(issueKeys(parseRubricSetFile(file, pack148))).toEqual(['rubric.setFileUnknownSet']);
  });

  it('refuses a file with an unknown key or a wrong format tag', () => {
    const file = completed148Set11File(pack148);
    expect(issueKeys(parseRubricSetFile({ ...file, author: 'x' }, pack148))).toEqual(['schema.unknownKeys']);
    expect(issueKeys(parseRubricSetFile({ ...file, format: 'ocop-council/rubric-pack@1' }, pack148))).toEqual([
      'schema.invalidValue',
    ]);
  });

  it('refuses an option above its criterion maximum inside the set', () => {
    const file = completed148Set11File(pack148);
    const added = file.set.criteria.find((c) => c.id === 'C-6.3');
    const top = added?.options?.[3];
    if (!top) throw new Error('C-6.3 has four options');
    top.points = 4;
    expect(issueKeys(parseRubricSetFile(file, pack148))).toContain('rubric.optionAboveMax');
  });
});

describe('applySetFile', () => {
  const importedAt = '2026-06-01T08:00:00.000Z';

  it('makes version 2 of the pack with the completed set 11, leaving the base pack untouched', () => {
    const before = JSON.stringify(pack148);
    const parsed = parseRubricSetFile(completed148Set11File(pack148), pack148);
    if (!parsed.ok) throw new Error('the completed set is valid');
    const next = applySetFile(pack148, parsed.value, importedAt);

    expect(next.id).toBe('148/2023');
    expect(next.version).toBe(2);
    expect(setOf(next, 11).complete).toBe(true);
    expect(setOf(next, 11).criteria.map((c) => c.id)).toContain('C-6.3');
    expect(next.sets.filter((s) => !s.complete).map((s) => s.no)).toEqual([12, 13]);
    expect(next.sets.filter((s) => s.no !== 11)).toEqual(pack148.sets.filter((s) => s.no !== 11));
    expect(next.amendments).toEqual([{ set: 11, importedAt, note: 'Bổ sung tiêu chí C-6.3' }]);

    expect(JSON.stringify(pack148)).toBe(before);
    expect(pack148.version).toBe(1);
    expect(setOf(pack148, 11).complete).toBe(false);
  });

  it('replaces the set’s earlier corrections by the file’s and keeps the other sets’ corrections', () => {
    const file = completed148Set11File(pack148);
    const parsed = parseRubricSetFile(
      { ...file, corrections: [{ set: 11, criterion: 'C-6.3', kind: 'inferred', description: 'added for the test' }] },
      pack148,
    );
    if (!parsed.ok) throw new Error('valid');
    const next = applySetFile(pack148, parsed.value, importedAt);
    const ofSet11 = next.corrections.filter((c) => c.set === 11);
    expect(ofSet11).toEqual([{ set: 11, criterion: 'C-6.3', kind: 'inferred', description: 'added for the test' }]);
    expect(next.corrections.filter((c) => c.set !== 11)).toEqual(pack148.corrections.filter((c) => c.set !== 11));
  });

  it('names the amendment after the set when the file has no note, and counts versions up from the base', () => {
    const { note: _note, ...file } = completed148Set11File(pack148);
    const parsed = parseRubricSetFile(file, pack148);
    if (!parsed.ok) throw new Error('valid');
    const v2 = applySetFile(pack148, parsed.value, importedAt);
    const v3 = applySetFile(v2, parsed.value, importedAt);
    expect(v2.amendments[0]?.note).toBe(setOf(pack148, 11).name);
    expect(v3.version).toBe(3);
    expect(v3.amendments).toHaveLength(2);
  });

  it('works on any pack: replacing a 26/2026 set by itself changes only the version and the amendments', () => {
    const parsed = parseRubricSetFile(
      { format: 'ocop-council/rubric-set@1', pack: '26/2026', set: setOf(pack26, 5) },
      pack26,
    );
    if (!parsed.ok) throw new Error('valid');
    const next = applySetFile(pack26, parsed.value, importedAt);
    expect({ ...next, version: 1, amendments: [], corrections: pack26.corrections }).toEqual({
      ...pack26,
      corrections: pack26.corrections,
    });
    // The set's own corrections are dropped: the file listed none.
    expect(next.corrections.some((c) => c.set === 5)).toBe(false);
  });
});
