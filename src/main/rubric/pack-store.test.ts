import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRubricPack } from '../../shared/domain/rubric/parse-rubric-pack';
import { completed148Set11File, loadBundledPacks, setOf } from '../../shared/domain/testing/load-packs';
import { MAX_PACK_FILE_BYTES, PackStore, type ImportOutcome } from './pack-store';

const BUNDLED_DIR = path.resolve('resources/rubric-packs');
const { pack26, pack148 } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
const IMPORTED_AT = '2026-06-01T08:00:00.000Z';

let userDir: string;
beforeEach(() => {
  userDir = mkdtempSync(path.join(tmpdir(), 'ocop-packs-'));
});
afterEach(() => {
  rmSync(userDir, { recursive: true, force: true });
});

function store(): PackStore {
  return new PackStore({ bundledDir: BUNDLED_DIR, userDir });
}

/** The user folder's files and their contents, to show that nothing was written. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

function issueKeys(outcome: ImportOutcome): string[] {
  return outcome.status === 'rejected' ? outcome.issues.map((i) => i.key) : [];
}

const pack26v2Text = (): string => JSON.stringify({ ...pack26, version: 2, title: `${pack26.title} (bản sửa)` });
const set11FileText = (): string => JSON.stringify(completed148Set11File(pack148));

describe('PackStore: the bundled packs', () => {
  it('lists both bundled packs, version 1, marked bundled', () => {
    const summaries = [...store().summaries()].sort((a, b) => a.id.localeCompare(b.id));
    expect(summaries.map((s) => [s.id, s.version, s.versions, s.bundled])).toEqual([
      ['148/2023', 1, [1], true],
      ['26/2026', 1, [1], true],
    ]);
  });

  it('serves each pack as parsed from its file', () => {
    const packs = store();
    expect(packs.get('26/2026')).toEqual(pack26);
    expect(packs.get('148/2023', 1)).toEqual(pack148);
    expect(packs.get('148/2023', 2)).toBeUndefined();
    expect(packs.get('1048/2019')).toBeUndefined();
  });

  it('works without a user folder, and refuses to persist into none', () => {
    const packs = new PackStore({ bundledDir: BUNDLED_DIR });
    expect(packs.latest()).toHaveLength(2);
    expect(() => packs.import(pack26v2Text(), IMPORTED_AT)).toThrow();
  });

  it('fails loudly when the bundled folder is missing or holds an invalid pack', () => {
    expect(() => new PackStore({ bundledDir: path.join(userDir, 'missing') })).toThrow(
      /bundled rubric packs are missing/,
    );
    writeFileSync(path.join(userDir, 'bad.json'), JSON.stringify({ ...pack26, parts: [] }));
    expect(() => new PackStore({ bundledDir: userDir })).toThrow(/invalid/);
  });
});

describe('PackStore.import', () => {
  it('imports a new version of a pack into the user folder, and a new store over the same folders sees it', () => {
    const outcome = store().import(pack26v2Text(), IMPORTED_AT);
    expect(outcome.status).toBe('imported');
    if (outcome.status === 'imported') {
      expect(outcome.pack).toMatchObject({ id: '26/2026', version: 2, versions: [1, 2], bundled: false });
    }
    expect(readdirSync(userDir)).toEqual(['26%2F2026@2.json']);

    const reopened = store();
    expect(reopened.get('26/2026')?.version).toBe(2);
    expect(reopened.get('26/2026', 1)).toEqual(pack26);
    expect(reopened.summaries().find((s) => s.id === '26/2026')).toMatchObject({
      version: 2,
      versions: [1, 2],
      bundled: false,
    });
    const written: unknown = JSON.parse(readFileSync(path.join(userDir, '26%2F2026@2.json'), 'utf8'));
    expect(parseRubricPack(written).ok).toBe(true);
  });

  it('imports a completed set as the next version of its pack', () => {
    const outcome = store().import(set11FileText(), IMPORTED_AT);
    expect(outcome.status).toBe('imported');
    if (outcome.status === 'imported') {
      expect(outcome.pack).toMatchObject({ id: '148/2023', version: 2, versions: [1, 2], bundled: false });
      expect(outcome.pack.sets.find((s) => s.no === 11)).toMatchObject({ complete: true, totalPoints: 100 });
    }
    expect(readdirSync(userDir)).toEqual(['148%2F2023@2.json']);
    const reopened = store();
    const v2 = reopened.get('148/2023');
    expect(v2?.version).toBe(2);
    expect(v2 && setOf(v2, 11).complete).toBe(true);
    expect(v2?.amendments).toEqual([{ set: 11, importedAt: IMPORTED_AT, note: 'Bổ sung tiêu chí C-6.3' }]);
    expect(setOf(reopened.get('148/2023', 1) ?? pack148, 11).complete).toBe(false);
  });

  it('imports a pack with a new id', () => {
    const outcome = store().import(
      JSON.stringify({ ...pack26, id: 'lai-chau/2026', title: 'Bộ tiêu chí thử nghiệm' }),
      IMPORTED_AT,
    );
    expect(outcome.status).toBe('imported');
    expect(readdirSync(userDir)).toEqual(['lai-chau%2F2026@1.json']);
    expect(
      store()
        .summaries()
        .map((s) => s.id)
        .sort(),
    ).toEqual(['148/2023', '26/2026', 'lai-chau/2026']);
  });

  it('leaves no temporary file behind', () => {
    const packs = store();
    packs.import(pack26v2Text(), IMPORTED_AT);
    packs.import(set11FileText(), IMPORTED_AT);
    expect(readdirSync(userDir).sort()).toEqual(['148%2F2023@2.json', '26%2F2026@2.json']);
  });

  it('keeps packs whose ids differ only by punctuation in separate files', () => {
    const packs = store();
    packs.import(pack26v2Text(), IMPORTED_AT);
    const lookalike = JSON.stringify({ ...pack26, id: '26-2026', version: 2 });
    expect(packs.import(lookalike, IMPORTED_AT).status).toBe('imported');
    expect(readdirSync(userDir).sort()).toEqual(['26%2F2026@2.json', '26-2026@2.json']);
    const reopened = store();
    expect(reopened.get('26/2026', 2)?.title).toBe(`${pack26.title} (bản sửa)`);
    expect(reopened.get('26-2026', 2)?.title).toBe(pack26.title);
  });

  it('skips a damaged file in the user folder and still loads the rest', () => {
    store().import(pack26v2Text(), IMPORTED_AT);
    writeFileSync(path.join(userDir, 'broken@9.json'), '{ "format": ');
    writeFileSync(path.join(userDir, 'invalid@9.json'), JSON.stringify({ ...pack148, version: 9, parts: [] }));
    const packs = store();
    expect(packs.get('26/2026')?.version).toBe(2);
    expect(packs.get('148/2023')?.version).toBe(1);
  });

  describe('rejects, writing nothing', () => {
    function rejects(text: string, expectedKeys: string[], prepare?: (packs: PackStore) => void): void {
      const packs = store();
      prepare?.(packs);
      const before = snapshot(userDir);
      const versionsBefore = packs.summaries();
      const outcome = packs.import(text, IMPORTED_AT);
      expect(outcome.status).toBe('rejected');
      expect(issueKeys(outcome)).toEqual(expectedKeys);
      expect(snapshot(userDir)).toEqual(before);
      expect(packs.summaries()).toEqual(versionsBefore);
    }

    it('text that is not JSON', () => {
      rejects('{ "format": "ocop-council/rubric-pack@1", ', ['json']);
    });

    it('JSON that is not a rubric file', () => {
      rejects(JSON.stringify({ format: 'ocop-council/session@1' }), ['rubric.unknownFormat']);
      rejects('[]', ['rubric.unknownFormat']);
    });

    it('a version that already exists, bundled or imported', () => {
      rejects(JSON.stringify(pack26), ['rubric.sameVersion']);
      rejects(pack26v2Text(), ['rubric.sameVersion'], (packs) => packs.import(pack26v2Text(), IMPORTED_AT));
    });

    it('a pack that breaks a rule', () => {
      const broken = structuredClone(pack26);
      broken.version = 2;
      const option = setOf(broken, 11).criteria[1]?.options?.[2];
      if (option) option.points = 9;
      rejects(JSON.stringify(broken), ['rubric.optionAboveMax']);
    });

    it('an invalid set file (set 11 marked complete without the missing points)', () => {
      const file = completed148Set11File(pack148);
      const asBundled = { ...file, set: { ...structuredClone(setOf(pack148, 11)), complete: true } };
      rejects(JSON.stringify(asBundled), ['rubric.partSum']);
    });

    it('a set file for a pack the store does not have', () => {
      rejects(JSON.stringify({ ...completed148Set11File(pack148), pack: '1048/2019' }), ['rubric.unknownBase']);
    });

    it('a file larger than the limit', () => {
      rejects(' '.repeat(MAX_PACK_FILE_BYTES + 1), ['rubric.tooLarge']);
    });
  });
});

describe('PackStore.importInMemory', () => {
  it('adds the pack for this run only', () => {
    const packs = store();
    const outcome = packs.importInMemory(set11FileText(), IMPORTED_AT);
    expect(outcome.status).toBe('imported');
    expect(packs.get('148/2023')?.version).toBe(2);
    expect(readdirSync(userDir)).toEqual([]);
    expect(store().get('148/2023')?.version).toBe(1);
  });
});
