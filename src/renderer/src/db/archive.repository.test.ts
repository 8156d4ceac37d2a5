import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Archive } from '../../../shared/archive/archive.schema';
import { buildArchive } from '../../../shared/archive/build-archive';
import { checkArchive } from '../../../shared/archive/check-archive';
import { foldSheet } from '../../../shared/archive/merge-sheets';
import { verifyArchive } from '../../../shared/archive/verify-archive';
import { sealSheet } from '../../../shared/domain/council-session/canonical-sheet';
import { sheetLogsOf, type SheetEvent } from '../../../shared/domain/council-session/sheet-events';
import { setOf } from '../../../shared/domain/testing/load-packs';
import { choicesWorth } from '../../../shared/domain/testing/session-builder';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import { importArchive, previewImport, readArchive } from './archive-import';
import { exportArchive } from './archive.repository';
import type { ProducerRecord, ProductLogsRecord } from './records';
import { fakeMain, fullWorkspace, laptop, pack26, scoredSession, type TestWorkspace } from './archive-test-support';

/** The archive of laptop A (every table filled), exported once for the whole file. */
let text: string;
let archive: Archive;

beforeAll(async () => {
  const a = laptop('a');
  await fullWorkspace(a);
  ({ text, archive } = await exportArchive(a, fakeMain().doors));
}, 60_000);

const tablesOf = async (repos: TestWorkspace) => (await exportArchive(repos, fakeMain().doors)).archive.tables;

/** A laptop holding exactly laptop A's archive (restored into an empty workspace). */
async function copyOfA(name: string, start?: string): Promise<TestWorkspace> {
  const repos = laptop(name, start);
  const restored = await importArchive(repos, text, 'restore', fakeMain().doors);
  if (!restored.ok) throw new Error(JSON.stringify(restored.issues));
  return repos;
}

describe('exporting a workspace', () => {
  it('carries every table, the pack its sessions used and a chain head, and passes its own check', () => {
    for (const table of Object.keys(archive.tables) as (keyof Archive['tables'])[])
      expect(archive.tables[table].length, table).toBeGreaterThan(0);
    expect(archive.packs.map((p) => `${p.id}@${p.version}`)).toEqual(['26/2026@1']);
    const seals = archive.tables.sheetLogs.flatMap((log) => log.events).filter((e) => e.type === 'seal');
    expect(archive.chain.length).toBe(seals.length + 1);
    expect(archive.workspace).toBe('main');
    expect(readArchive(text)).toMatchObject({ ok: true });
  });

  it('a product’s logs damaged on disk: the integrity check names each of its sheets', async () => {
    const repos = await copyOfA('damaged');
    const [group] = await repos.db.productLogs.toArray();
    if (!group) throw new Error('no logs');
    await repos.db.productLogs.put({ ...group, logsJson: '[{"id":' });
    const exported = await exportArchive(repos, fakeMain().doors);
    const checked = checkArchive(exported.archive);
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    const problems = verifyArchive(checked.archive).filter((p) => p.key === 'archive.sheetNotEvents');
    const damaged = exported.archive.tables.sheets.filter((s) => `${s.sessionId}|${s.productId}` === group.id);
    expect(damaged.length).toBeGreaterThan(0);
    expect(problems.map((p) => exported.archive.tables.sheets[p.path[2] as number]?.id).sort()).toEqual(
      damaged.map((s) => s.id).sort(),
    );
  });

  it('takes the documents index from main', async () => {
    const repos = await copyOfA('d');
    const sessionId = archive.tables.sessions[0]?.id ?? '';
    const document = {
      sessionId,
      file: 'bien-ban.pdf',
      kind: 'minutes',
      sha256: 'c'.repeat(64),
      bytes: 1200,
      generatedAt: '2025-06-21T00:00:00.000Z',
    };
    const exported = await exportArchive(repos, fakeMain([pack26], [document]).doors);
    expect(exported.archive.documents).toEqual([document]);
  });
});

describe('restoring an archive', () => {
  it('into an empty workspace gives back the same tables (export → restore → export)', async () => {
    const main = fakeMain();
    const b = laptop('b');
    const restored = await importArchive(b, text, 'restore', main.doors);
    expect(restored).toMatchObject({ ok: true, mode: 'restore', changed: true, packsImported: 0 });
    expect(await tablesOf(b)).toEqual(archive.tables);
    expect(main.snapshots.map((s) => s.reason)).toEqual(['before-restore']);
  });

  it('replaces what was there, after a snapshot of it', async () => {
    const b = laptop('b');
    await fullWorkspace(b);
    const before = (await exportArchive(b, fakeMain().doors)).text;
    const main = fakeMain();
    expect((await importArchive(b, text, 'restore', main.doors)).ok).toBe(true);
    expect(await tablesOf(b)).toEqual(archive.tables);
    expect(JSON.parse(main.snapshots[0]?.text ?? '{}')).toMatchObject({
      tables: (JSON.parse(before) as Archive).tables,
    });
  }, 30_000);

  it('imports the packs the archive carries that this laptop lacks, before writing', async () => {
    const main = fakeMain([]);
    const restored = await importArchive(laptop('b'), text, 'restore', main.doors);
    expect(restored).toMatchObject({ ok: true, packsImported: 1 });
    expect(main.imported.map((p) => p.id)).toEqual(['26/2026']);
  });

  it('writes all or nothing: a quota error half-way leaves the workspace as it was', async () => {
    const b = laptop('b');
    await b.council.save({
      ...(archive.tables.councils[0] as NonNullable<Archive['tables']['councils'][number]>),
      councilName: 'Hội đồng của máy B',
    });
    const before = await tablesOf(b);
    // The last table the restore writes (the sheets' logs, by product), failing after half its records.
    const table = b.db.productLogs;
    const bulkAdd = table.bulkAdd.bind(table);
    const halfThenQuota = async (records: readonly ProductLogsRecord[]) => {
      await bulkAdd(records.slice(0, Math.floor(records.length / 2)));
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(table, 'bulkAdd').mockImplementation(halfThenQuota as never);
    const restored = await importArchive(b, text, 'restore', fakeMain().doors);
    expect(restored).toMatchObject({ ok: false, stage: 'write', issues: [{ key: 'archive.import.quota' }] });
    vi.restoreAllMocks();
    expect(await tablesOf(b)).toEqual(before);
  });

  it('writes nothing when the snapshot before it cannot be written (a full disk)', async () => {
    const b = laptop('b');
    const main = fakeMain();
    main.snapshotFails = { status: 'failed', failure: 'disk-full', detail: 'ENOSPC' };
    const restored = await importArchive(b, text, 'restore', main.doors);
    expect(restored).toMatchObject({
      ok: false,
      stage: 'snapshot',
      issues: [{ key: 'archive.import.snapshotDiskFull' }],
    });
    expect((await tablesOf(b)).councils).toEqual([]);
  });
});

describe('refusing a damaged archive', () => {
  it('names the sealed sheet whose choice was edited, and writes nothing, takes no snapshot', async () => {
    const tampered = JSON.parse(text) as Archive;
    const index = tampered.tables.sheets.findIndex((s) => s.seal !== null);
    const sheet = tampered.tables.sheets[index];
    if (!sheet) throw new Error('no sealed sheet');
    const [criterion, choice] = Object.entries(sheet.choices)[0] ?? [];
    (sheet.choices as Record<string, unknown>)[criterion ?? ''] = choice === 0 ? 1 : 0;
    const b = await copyOfA('b');
    const before = await tablesOf(b);
    const main = fakeMain();
    const result = await importArchive(b, JSON.stringify(tampered), 'merge', main.doors);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.stage).toBe('file');
    expect(result.issues.map((i) => [i.key, i.path])).toEqual(
      expect.arrayContaining([['archive.sealMismatch', ['tables', 'sheets', index]]]),
    );
    expect(result.issues[0]?.params).toMatchObject({ session: 'Phiên chấm đợt 1 năm 2025', round: 1 });
    expect(await tablesOf(b)).toEqual(before);
    expect(main.snapshots).toEqual([]);
  });

  it('refuses a text that is not JSON, or not an archive', async () => {
    const b = laptop('b');
    expect(await importArchive(b, '{"format":', 'restore', fakeMain().doors)).toMatchObject({
      ok: false,
      stage: 'file',
      issues: [{ key: 'json' }],
    });
    expect(await importArchive(b, '{"format":"x"}', 'merge', fakeMain().doors)).toMatchObject({
      ok: false,
      issues: [{ key: 'archive.format' }],
    });
  });
});

describe('merging an archive', () => {
  it('into an empty workspace gives the same tables, and a second time changes nothing', async () => {
    const b = laptop('b');
    const main = fakeMain();
    const first = await importArchive(b, text, 'merge', main.doors);
    expect(first).toMatchObject({ ok: true, changed: true });
    expect(await tablesOf(b)).toEqual(archive.tables);
    const second = await importArchive(b, text, 'merge', main.doors);
    expect(second).toMatchObject({ ok: true, changed: false, snapshot: null });
    if (second.ok) expect(Object.values(second.merge?.added ?? {}).every((n) => n === 0)).toBe(true);
    expect(await tablesOf(b)).toEqual(archive.tables);
    expect(main.snapshots.map((s) => s.reason)).toEqual(['before-import']);
  });

  it('adds another laptop’s new session, keeps the newer copy of an edited record, and still verifies', async () => {
    const a = await copyOfA('a2', '2025-09-01T00:00:00.000Z');
    const c = await copyOfA('c', '2025-08-01T00:00:00.000Z');
    // Laptop C scores a new session, renames a member and a producer; A renames the producer later.
    await scoredSession(c, 'Phiên chấm đợt 3 năm 2025', true);
    const member = archive.tables.members[0];
    const producer = archive.tables.producers[0] as ProducerRecord | undefined;
    if (!member || !producer) throw new Error('demo');
    const { createdAt: _m, updatedAt: _mu, ...memberInput } = member;
    expect((await c.members.save({ ...memberInput, name: 'Tên mới trên máy C' })).ok).toBe(true);
    const { createdAt: _p, updatedAt: _pu, searchWords: _w, ...producerInput } = producer;
    expect((await c.producers.save({ ...producerInput, name: 'Tên cũ trên máy C' })).ok).toBe(true);
    expect((await a.producers.save({ ...producerInput, name: 'Tên mới trên máy A' })).ok).toBe(true);
    const fromC = (await exportArchive(c, fakeMain().doors)).text;

    const preview = await previewImport(
      a,
      (readArchive(fromC) as { archive: Archive }).archive,
      'merge',
      fakeMain().doors,
    );
    expect(preview).toMatchObject({ ok: true, preview: { changes: true } });
    const merged = await importArchive(a, fromC, 'merge', fakeMain().doors);
    if (!merged.ok) throw new Error(JSON.stringify(merged.issues));
    expect(merged.merge?.added).toMatchObject({ sessions: 1, resultVersions: 1, products: 2, dossiers: 2 });
    expect(merged.merge?.updated.map((d) => [d.table, d.label])).toEqual(
      expect.arrayContaining([['members', 'Tên mới trên máy C']]),
    );
    expect(merged.merge?.kept.map((d) => [d.table, d.label])).toEqual(
      expect.arrayContaining([['producers', 'Tên mới trên máy A']]),
    );
    expect((await a.members.list('council')).map((m) => m.name)).toContain('Tên mới trên máy C');
    expect((await a.sessions.list()).map((s) => s.title)).toContain('Phiên chấm đợt 3 năm 2025');
    const after = await exportArchive(a, fakeMain().doors);
    expect(readArchive(after.text)).toMatchObject({ ok: true });
    // Idempotent: the same file again adds nothing and changes nothing.
    expect(await importArchive(a, fromC, 'merge', fakeMain().doors)).toMatchObject({ ok: true, changed: false });
    expect(await tablesOf(a)).toEqual(after.archive.tables);
  }, 60_000);

  it('refuses a record of an append-only table whose content differs, and writes nothing', async () => {
    const b = await copyOfA('b');
    const before = await tablesOf(b);
    const changed = JSON.parse(text) as Archive;
    const entry = changed.tables.sessionEvents[0];
    const certificate = changed.tables.certificates[0];
    if (!entry || !certificate) throw new Error('demo');
    entry.data = { ...entry.data, note: 'viết lại' };
    certificate.note = 'sửa trong tệp';
    const main = fakeMain();
    const result = await importArchive(b, JSON.stringify(changed), 'merge', main.doors);
    expect(result).toMatchObject({
      ok: false,
      stage: 'merge',
      issues: [
        {
          key: 'archive.merge.conflict',
          params: { table: 'certificates', id: certificate.id },
          path: ['tables', 'certificates', 0],
        },
        { key: 'archive.merge.conflict', params: { table: 'sessionEvents', id: entry.id } },
      ],
    });
    expect(await tablesOf(b)).toEqual(before);
    expect(main.snapshots).toEqual([]);
  });

  it('refuses a merge that would leave a finalised session’s results not covering its sealed sheets', async () => {
    // The file's copy of the session was never finalised there, and holds one more sealed sheet.
    const tables = structuredClone(archive.tables);
    const session = tables.sessions.find((s) => s.phase === 'finalised');
    const member = session?.members.find((m) => m.scores);
    const product = session?.products[0];
    if (!session || !member || !product) throw new Error('demo');
    tables.resultVersions = tables.resultVersions.filter((v) => v.sessionId !== session.id);
    Object.assign(session, { phase: 'review', finalisedAt: null });
    const set = setOf(pack26, product.productSet);
    const key = {
      sessionId: session.id,
      memberId: member.memberId,
      productId: product.productId,
      round: 2,
      layer: 'primary' as const,
    };
    const choices = choicesWorth(set, 80);
    const base = { ...key, at: '2025-06-21T00:00:00.000Z', source: 'member' as const };
    const events: SheetEvent[] = Object.entries(choices).map(([criterionId, choice], i) => ({
      ...base,
      id: `x-${i}`,
      seq: 90_000 + i,
      type: 'choose',
      criterionId,
      choice,
    }));
    const seal = sealSheet(set, { ...key, pack: session.pack, choices, comment: '' });
    events.push({ ...base, id: 'x-seal', seq: 99_999, type: 'seal', seal });
    tables.sheetLogs.push(...sheetLogsOf(events));
    const sheet = foldSheet(events);
    if (sheet) tables.sheets.push(sheet);
    const incoming = buildArchive({
      tables,
      packs: [pack26],
      documents: [],
      exportedAt: '2025-06-22T00:00:00.000Z',
      app: { name: 'x', version: '1' },
      workspace: 'main',
    });
    expect(readArchive(JSON.stringify(incoming))).toMatchObject({ ok: true });

    const b = await copyOfA('b');
    const before = await tablesOf(b);
    const result = await importArchive(b, JSON.stringify(incoming), 'merge', fakeMain().doors);
    expect(result).toMatchObject({
      ok: false,
      stage: 'merge',
      issues: [
        { key: 'archive.merge.wouldBreak' },
        { key: 'archive.resultSeals', params: { session: session.title, version: 1 } },
      ],
    });
    expect(await tablesOf(b)).toEqual(before);
  });
});

describe('merging sheets scored on two laptops', () => {
  /** The half-done sheet of the open session, finished and sealed for a total of `total` points. */
  async function finishHalfSheet(repos: TestWorkspace, total: number): Promise<void> {
    const session = (await repos.sessions.list()).find((s) => s.phase === 'scoring');
    const product = session?.products[0];
    const member = session?.members.find((m) => m.scores && m.present);
    if (!session || !product || !member) throw new Error('demo');
    const set = setOf(pack26, product.productSet);
    const key = { memberId: member.memberId, productId: product.productId, round: 1, layer: 'primary' as const };
    for (const [criterionId, choice] of Object.entries(choicesWorth(set, total)))
      await repos.sheets.record(session.id, key, { type: 'choose', criterionId, choice }, 'member');
    const sealed = await repos.sheets.seal(session.id, key, set, 'member', member.memberId);
    if (!sealed.ok) throw new Error(JSON.stringify(sealed.issues));
  }

  it('takes a sheet finished on another laptop, re-folded from the events', async () => {
    const c = await copyOfA('c', '2025-08-01T00:00:00.000Z');
    await finishHalfSheet(c, 72);
    const fromC = (await exportArchive(c, fakeMain().doors)).text;
    const b = await copyOfA('b');
    const merged = await importArchive(b, fromC, 'merge', fakeMain().doors);
    expect(merged).toMatchObject({ ok: true, changed: true, merge: { refolded: 1 } });
    const sealedHere = (await tablesOf(b)).sheets.filter((s) => s.seal !== null).length;
    expect(sealedHere).toBe(archive.tables.sheets.filter((s) => s.seal !== null).length + 1);
    expect(readArchive((await exportArchive(b, fakeMain().doors)).text)).toMatchObject({ ok: true });
  });

  it('ignores another copy of a sheet sealed here with the same content', async () => {
    const c = await copyOfA('c', '2025-08-01T00:00:00.000Z');
    const e = await copyOfA('e', '2025-08-02T00:00:00.000Z');
    await finishHalfSheet(c, 72);
    await finishHalfSheet(e, 72);
    const merged = await importArchive(e, (await exportArchive(c, fakeMain().doors)).text, 'merge', fakeMain().doors);
    if (!merged.ok) throw new Error(JSON.stringify(merged.issues));
    expect(merged.merge?.ignoredEvents).toBeGreaterThan(0);
    expect(merged.merge?.added.sheetLogs).toBe(0);
    expect(readArchive((await exportArchive(e, fakeMain().doors)).text)).toMatchObject({ ok: true });
  });

  it('refuses a sheet sealed with different scores on each laptop, naming it', async () => {
    const c = await copyOfA('c', '2025-08-01T00:00:00.000Z');
    const d = await copyOfA('d', '2025-08-02T00:00:00.000Z');
    await finishHalfSheet(c, 72);
    await finishHalfSheet(d, 80);
    const before = await tablesOf(d);
    const merged = await importArchive(d, (await exportArchive(c, fakeMain().doors)).text, 'merge', fakeMain().doors);
    expect(merged).toMatchObject({
      ok: false,
      stage: 'merge',
      issues: [{ key: 'archive.merge.sealedDiffers', params: { session: 'Phiên chấm đợt 2 năm 2025', round: 1 } }],
    });
    expect(await tablesOf(d)).toEqual(before);
  });
});

describe('previewing an import', () => {
  it('says what the file holds and what the workspace holds now', async () => {
    const b = laptop('b');
    const preview = await previewImport(b, archive, 'restore', fakeMain([]).doors);
    expect(preview).toMatchObject({
      ok: true,
      preview: { mode: 'restore', merge: null, current: { sessions: 0 }, holds: { sessions: 2, councils: 1 } },
    });
    if (preview.ok) expect(preview.preview.missingPacks.map((p) => p.id)).toEqual(['26/2026']);
  });

  it('keeps the dates of the workspace as they were typed', () => {
    expect(archive.tables.sessions.map((s) => s.date)).toEqual(['2025-06-20' as IsoDate, '2025-06-20' as IsoDate]);
  });
});
