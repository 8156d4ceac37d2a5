import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../domain/council-session/canonical-sheet';
import type { IsoDate } from '../domain/dates/iso-date';
import { checkSession } from '../domain/session/validate-session';
import { loadBundledPacks } from '../domain/testing/load-packs';
import { archiveFromSessionFile } from './archive-from-session';
import { ARCHIVE_SCHEMA_VERSION, type Archive } from './archive.schema';
import { buildArchive } from './build-archive';
import { chainEntries, chainHead } from './chain';
import { checkArchive } from './check-archive';
import { archiveAsV1 } from './testing/archive-v1-file';
import { verifyArchive } from './verify-archive';

const { lookup } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
const EXAMPLES = ['tam-duong-2025-round1', 'lai-chau-2026-small'] as const;

function archiveOf(name: (typeof EXAMPLES)[number]): Archive {
  const input: unknown = JSON.parse(readFileSync(`tests/fixtures/sessions/${name}.session.json`, 'utf8'));
  const checked = checkSession(input, lookup);
  if (!checked.ok) throw new Error(`example ${name} does not validate`);
  let keys = 0;
  return archiveFromSessionFile(checked.session, checked.pack, {
    sessionId: `s-${name}`,
    title: name,
    date: '2026-11-29' as IsoDate,
    now: '2026-11-29T08:00:00.000Z',
    packetKey: () => sha256Hex(`key ${(keys += 1)}`),
    app: { name: 'test', version: '1' },
  });
}

/** The archive as it would be read back from disk (a fresh, mutable copy). */
function reread(archive: Archive): Record<string, unknown> {
  return JSON.parse(JSON.stringify(archive)) as Record<string, unknown>;
}

/** The `index`th item; throws when there is none (tests index into known fixtures). */
function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

function keysOf(result: ReturnType<typeof checkArchive>): string[] {
  return result.ok ? [] : result.issues.map((i) => i.key);
}

function checked(input: unknown): Archive {
  const result = checkArchive(input);
  if (!result.ok) throw new Error(`archive refused: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.archive;
}

describe('an archive made from a worked session', () => {
  for (const name of EXAMPLES) {
    it(`${name}: passes the structure check and verifies clean after a round trip through JSON`, () => {
      const archive = checked(reread(archiveOf(name)));
      expect(verifyArchive(archive)).toEqual([]);
      expect(archive.tables.sheets.length).toBeGreaterThan(0);
      expect(archive.tables.sheets.every((s) => s.seal !== null)).toBe(true);
      // One chain link per sealed sheet (no result versions yet in an imported session).
      expect(archive.chain.length).toBe(archive.tables.sheets.length);
      expect(archive.chain.head).toMatch(/^[0-9a-f]{64}$/);
    });
  }

  it('is reproducible: the same session and ids give the same chain head', () => {
    expect(archiveOf('lai-chau-2026-small').chain).toEqual(archiveOf('lai-chau-2026-small').chain);
  });
});

describe('verifyArchive points at the record that was tampered with', () => {
  const base = archiveOf('lai-chau-2026-small');

  it('a sheet choice edited after sealing → the seal and the event record both disagree', () => {
    const input = reread(base) as unknown as Archive;
    const sheet = nth(input.tables.sheets, 2);
    const criterion = nth(Object.keys(sheet.choices), 0);
    const current = sheet.choices[criterion];
    sheet.choices[criterion] = current === 0 ? 1 : 0;
    const problems = verifyArchive(checked(input));
    expect(problems.map((p) => p.key).sort()).toEqual(['archive.sealMismatch', 'archive.sheetNotEvents']);
    expect(problems.every((p) => JSON.stringify(p.path) === JSON.stringify(['tables', 'sheets', 2]))).toBe(true);
    expect(nth(problems, 0).params).toMatchObject({ session: 'lai-chau-2026-small', round: 1 });
  });

  it('a seal event removed → the sheet no longer matches its events and the chain head changes', () => {
    const input = reread(base) as unknown as Archive;
    const log = nth(input.tables.sheetLogs, 0);
    const sealIndex = log.events.findIndex((e) => e.type === 'seal');
    expect(sealIndex).toBeGreaterThan(0);
    log.events.splice(sealIndex, 1);
    const keys = verifyArchive(checked(input)).map((p) => p.key);
    expect(keys).toContain('archive.sheetNotEvents');
    expect(keys).toContain('archive.chainHead');
  });

  it('a sheet and its seal both rewritten consistently still breaks the hash chain', () => {
    const input = reread(base) as unknown as Archive;
    const log = nth(input.tables.sheetLogs, 0);
    const sealEvent = log.events.find((e) => e.type === 'seal');
    if (!sealEvent) throw new Error('no seal event');
    const forged = 'f'.repeat(64);
    const sheet = input.tables.sheets.find((s) => s.id === log.id);
    if (!sheet) throw new Error('no sheet');
    sheet.seal = forged;
    sealEvent.seal = forged;
    const keys = verifyArchive(checked(input)).map((p) => p.key);
    expect(keys).toContain('archive.sealMismatch');
    expect(keys).toContain('archive.chainHead');
    expect(keys).not.toContain('archive.sheetNotEvents');
  });

  it('reordering the logs, and the events in a log, does not matter (they are folded by sequence)', () => {
    const input = reread(base) as unknown as Archive;
    input.tables.sheetLogs.reverse();
    for (const log of input.tables.sheetLogs) log.events.reverse();
    expect(verifyArchive(checked(input))).toEqual([]);
  });

  it('an archive@1 file (one record per event) is read as the same archive, and verifies', () => {
    const old = JSON.parse(JSON.stringify(archiveAsV1(reread(base) as unknown as Archive))) as unknown;
    expect(old).toMatchObject({ format: 'ocop-council/archive@1', schemaVersion: 3 });
    const read = checked(old);
    expect(read.format).toBe('ocop-council/archive@2');
    expect(read.tables.sheetLogs).toEqual(checked(reread(base)).tables.sheetLogs);
    expect(verifyArchive(read)).toEqual([]);
  });

  it('an archive@1 file whose event was edited is refused where the file has it', () => {
    const old = JSON.parse(JSON.stringify(archiveAsV1(reread(base) as unknown as Archive))) as {
      tables: { sheetEvents: { seq: unknown }[] };
    };
    nth(old.tables.sheetEvents, 3).seq = 'x';
    const result = checkArchive(old);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(nth(result.issues, 0).path).toEqual(['tables', 'sheetEvents', 3, 'seq']);
  });

  it('a log filed under another sheet’s id, or an event id used twice, is refused', () => {
    const input = reread(base) as unknown as Archive;
    nth(input.tables.sheetLogs, 1).id = nth(input.tables.sheetLogs, 2).id.replace('|1|', '|2|');
    nth(nth(input.tables.sheetLogs, 3).events, 0).id = nth(nth(input.tables.sheetLogs, 4).events, 1).id;
    const result = checkArchive(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.key, ...i.path])).toEqual([
        ['archive.logId', 'tables', 'sheetLogs', 1, 'id'],
        ['archive.duplicateId', 'tables', 'sheetLogs', 4, 'events', 1, 'id'],
        // …and that id names no sheet of the file.
        ['archive.dangling', 'tables', 'sheetLogs', 1, 'id'],
      ]);
    }
  });
});

describe('checkArchive refuses a file before anything is written', () => {
  const base = archiveOf('tam-duong-2025-round1');

  it('not an archive at all', () => {
    expect(keysOf(checkArchive(null))).toEqual(['archive.notAnArchive']);
    expect(keysOf(checkArchive([1, 2]))).toEqual(['archive.notAnArchive']);
    expect(keysOf(checkArchive({ format: 'ocop-council/session@1' }))).toEqual(['archive.format']);
  });

  it('a newer version names the version found and the one supported', () => {
    const input = { ...reread(base), schemaVersion: ARCHIVE_SCHEMA_VERSION + 1 };
    const result = checkArchive(input);
    expect(keysOf(result)).toEqual(['archive.newerVersion']);
    if (!result.ok)
      expect(nth(result.issues, 0).params).toEqual({
        version: ARCHIVE_SCHEMA_VERSION + 1,
        supported: ARCHIVE_SCHEMA_VERSION,
      });
    expect(keysOf(checkArchive({ ...reread(base), schemaVersion: 'three' }))).toEqual(['archive.wrongVersion']);
  });

  it('a record id used twice', () => {
    const input = reread(base) as unknown as Archive;
    input.tables.sheets.push({ ...nth(input.tables.sheets, 0) });
    const result = checkArchive(input);
    expect(keysOf(result)).toEqual(['archive.duplicateId']);
    if (!result.ok)
      expect(nth(result.issues, 0).path).toEqual(['tables', 'sheets', input.tables.sheets.length - 1, 'id']);
  });

  it('a sheet of a session that is not in the file, and one of a member the session does not have', () => {
    const input = reread(base) as unknown as Archive;
    nth(input.tables.sheets, 0).sessionId = 'elsewhere';
    nth(input.tables.sheets, 1).memberId = 'stranger';
    const result = checkArchive(input);
    expect(keysOf(result)).toEqual(['archive.dangling', 'archive.dangling']);
    if (!result.ok) {
      expect(nth(result.issues, 0).path).toEqual(['tables', 'sheets', 0, 'sessionId']);
      expect(nth(result.issues, 1).params).toMatchObject({ field: 'memberId', id: 'stranger' });
    }
  });

  it('a session whose rubric pack is not in the file', () => {
    const input = reread(base) as unknown as Archive;
    input.packs = [];
    const result = checkArchive(input);
    expect(keysOf(result)).toEqual(['archive.missingPack']);
  });

  it('a choice the product’s form does not have: a foreign criterion, an option past the last', () => {
    const input = reread(base) as unknown as Archive;
    const sheet = nth(input.tables.sheets, 0);
    const [firstCriterion] = Object.keys(sheet.choices);
    Object.assign(sheet.choices, { 'X-99.9': 1 });
    if (firstCriterion !== undefined) Object.assign(sheet.choices, { [firstCriterion]: 97 });
    const result = checkArchive(input);
    expect(result.ok).toBe(false);
    const offForm = result.ok ? [] : result.issues.filter((i) => i.key === 'archive.choiceOffForm');
    expect(offForm.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ['tables', 'sheets', 0, 'choices', 'X-99.9'],
        ['tables', 'sheets', 0, 'choices', firstCriterion],
      ]),
    );
    expect(offForm[0]?.params).toMatchObject({
      set: expect.any(Number) as number,
      product: expect.any(String) as string,
    });
    // The untouched file has none.
    expect(checkArchive(reread(base)).ok).toBe(true);
  });

  it('unknown keys, including prototype keys written into the JSON text', () => {
    const text = JSON.stringify(reread(base)).replace('"tables":{', '"tables":{"__proto__":{"polluted":true},');
    const result = checkArchive(JSON.parse(text));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const extra = reread(base) as unknown as Archive;
    Object.assign(nth(extra.tables.sheets, 0), { constructor: 'x' });
    expect(checkArchive(extra).ok).toBe(false);
  });

  it('a huge string is refused, not stored', () => {
    const input = reread(base) as unknown as Archive;
    nth(input.tables.sheets, 0).comment = 'x'.repeat(100_000);
    const result = checkArchive(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(nth(result.issues, 0).path.slice(0, 4)).toEqual(['tables', 'sheets', 0, 'comment']);
  });

  it('reports at most 100 problems however broken the file is', () => {
    const input = reread(base) as unknown as Archive;
    // Each sheet and each log pointing at a member and a product the session does not have: two problems each.
    for (const record of [...input.tables.sheets, ...input.tables.sheetLogs]) {
      record.memberId = 'gone';
      record.productId = 'gone';
    }
    expect(2 * (input.tables.sheets.length + input.tables.sheetLogs.length)).toBeGreaterThan(100);
    const result = checkArchive(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBe(100);
  });
});

describe('the hash chain', () => {
  it('an empty workspace has no head', () => {
    expect(chainHead([])).toEqual({ head: null, length: 0 });
  });

  it('changes when any link changes, is removed or links swap places (property)', () => {
    const archive = archiveOf('lai-chau-2026-small');
    const entries = chainEntries(archive.tables);
    const head = chainHead(entries).head;
    fc.assert(
      fc.property(fc.nat({ max: entries.length - 1 }), fc.nat({ max: entries.length - 1 }), (i, j) => {
        const changed = entries.map((e, k) => (k === i ? { ...e, text: `${e.text}x` } : e));
        expect(chainHead(changed).head).not.toBe(head);
        expect(chainHead(entries.filter((_, k) => k !== i)).head).not.toBe(head);
        if (i !== j && nth(entries, i).text !== nth(entries, j).text) {
          const swapped = [...entries];
          [swapped[i], swapped[j]] = [nth(entries, j), nth(entries, i)];
          expect(chainHead(swapped).head).not.toBe(head);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('buildArchive records the head of its tables', () => {
    const archive = archiveOf('tam-duong-2025-round1');
    const rebuilt = buildArchive({ ...archive, tables: archive.tables });
    expect(rebuilt.chain).toEqual(chainHead(chainEntries(archive.tables)));
  });
});
