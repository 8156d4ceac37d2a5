import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TextWriter } from './atomic-write';
import { SnapshotStore, UnknownSnapshotError } from './snapshot-store';

const HEAD = 'ab'.repeat(32);

function archiveText(sessions: number, sheets: number): string {
  return JSON.stringify({
    format: 'ocop-council/archive@1',
    schemaVersion: 3,
    workspace: 'main',
    tables: {
      sessions: Array.from({ length: sessions }, () => ({})),
      sheets: Array.from({ length: sheets }, () => ({})),
    },
    chain: { head: HEAD, length: sheets },
  });
}

/** A disk that fills up half-way through the text, the way ENOSPC arrives from write(2). */
const fullDisk: TextWriter = async (handle, text) => {
  await handle.write(text.slice(0, Math.floor(text.length / 2)));
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};

describe('the snapshot store', () => {
  let dir: string;
  let clock: number;
  const store = (writer?: TextWriter) =>
    new SnapshotStore({
      dir: path.join(dir, 'snapshots'),
      now: () => new Date((clock += 60_000)),
      ...(writer ? { writer } : {}),
    });

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ocop-snapshots-'));
    clock = Date.parse('2026-07-20T08:00:00Z');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the archive and a sidecar, and lists it with its counts and chain head', async () => {
    const snapshots = store();
    const text = archiveText(2, 14);
    const result = await snapshots.write('finalise', text);
    expect(result).toEqual({
      status: 'written',
      snapshot: {
        name: '2026-07-20T08-01-00-000Z-finalise.archive.json',
        reason: 'finalise',
        createdAt: '2026-07-20T08:01:00.000Z',
        bytes: Buffer.byteLength(text),
        workspace: 'main',
        sessions: 2,
        sheets: 14,
        chainHead: HEAD,
        chainLength: 14,
      },
    });
    expect(readdirSync(path.join(dir, 'snapshots')).sort()).toEqual([
      '2026-07-20T08-01-00-000Z-finalise.archive.json',
      '2026-07-20T08-01-00-000Z-finalise.meta.json',
    ]);
    expect(await snapshots.list()).toEqual(result.status === 'written' ? [result.snapshot] : []);
    await expect(snapshots.read('2026-07-20T08-01-00-000Z-finalise.archive.json')).resolves.toEqual({
      name: '2026-07-20T08-01-00-000Z-finalise.archive.json',
      text,
    });
  });

  it('keeps Vietnamese text whole across its write chunks', async () => {
    const snapshots = store();
    const text = JSON.stringify({
      format: 'ocop-council/archive@1',
      note: 'Chè Shan tuyết 🍵 Tả Lèng '.repeat(400_000),
    });
    const result = await snapshots.write('manual', text);
    if (result.status !== 'written') throw new Error(result.detail);
    expect((await snapshots.read(result.snapshot.name)).text).toBe(text);
  });

  it('gives two snapshots of the same moment different names, the later listed first', async () => {
    const snapshots = new SnapshotStore({
      dir: path.join(dir, 'snapshots'),
      now: () => new Date('2026-07-20T08:00:00Z'),
    });
    await Promise.all([
      snapshots.write('before-import', archiveText(0, 0)),
      snapshots.write('before-import', archiveText(1, 0)),
    ]);
    expect((await snapshots.list()).map((s) => s.name)).toEqual([
      '2026-07-20T08-00-00-000Z-before-import-2.archive.json',
      '2026-07-20T08-00-00-000Z-before-import.archive.json',
    ]);
  });

  it('on a full disk, says so and leaves no file behind, not even the temporary one', async () => {
    const snapshots = store();
    await snapshots.write('daily', archiveText(1, 1));
    const before = readdirSync(path.join(dir, 'snapshots')).sort();
    const result = await store(fullDisk).write('before-restore', archiveText(3, 30));
    expect(result).toMatchObject({ status: 'failed', failure: 'disk-full' });
    expect(readdirSync(path.join(dir, 'snapshots')).sort()).toEqual(before);
  });

  it('on any other write error, says so and leaves nothing either', async () => {
    let writes = 0;
    // The archive writes, then its sidecar fails: the archive must go too.
    const failingSidecar: TextWriter = async (handle, text) => {
      writes += 1;
      if (writes === 2) throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
      await handle.write(text);
    };
    const result = await store(failingSidecar).write('manual', archiveText(1, 1));
    expect(result).toMatchObject({ status: 'failed', failure: 'write-failed', detail: 'EIO: i/o error, write' });
    expect(readdirSync(path.join(dir, 'snapshots'))).toEqual([]);
  });

  it('refuses a text that is not an archive', async () => {
    const result = await store().write('manual', '{"format":"something-else"}');
    expect(result).toMatchObject({ status: 'failed', failure: 'not-archive' });
  });

  it('rotates after each write: the 8th daily snapshot of the month removes the oldest', async () => {
    const snapshots = new SnapshotStore({
      dir: path.join(dir, 'snapshots'),
      now: () => new Date((clock += 86_400_000)),
      policy: { daily: 7, monthly: 0, events: 20 },
    });
    for (let i = 0; i < 8; i += 1) await snapshots.write('daily', archiveText(0, i));
    const listed = await snapshots.list();
    expect(listed).toHaveLength(7);
    expect(listed.map((s) => s.sheets)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(readdirSync(path.join(dir, 'snapshots'))).toHaveLength(14);
  });

  it('reads only names it lists: no paths, no other files of the folder, no guessed names', async () => {
    const snapshots = store();
    await snapshots.write('daily', archiveText(0, 0));
    writeFileSync(path.join(dir, 'secret.txt'), 'not yours');
    writeFileSync(path.join(dir, 'snapshots', 'notes.archive.json'), '{}');
    for (const name of [
      '../secret.txt',
      'notes.archive.json',
      '2026-07-20T08-01-00-000Z-daily.meta.json',
      '2026-07-20T09-00-00-000Z-daily.archive.json',
      `..${path.sep}snapshots${path.sep}2026-07-20T08-01-00-000Z-daily.archive.json`,
    ])
      await expect(snapshots.read(name), name).rejects.toBeInstanceOf(UnknownSnapshotError);
    expect((await snapshots.list()).map((s) => s.name)).toEqual(['2026-07-20T08-01-00-000Z-daily.archive.json']);
  });

  it('lists a snapshot whose sidecar is missing or damaged, without counts', async () => {
    const snapshots = store();
    const result = await snapshots.write('manual', archiveText(2, 2));
    if (result.status !== 'written') throw new Error(result.detail);
    writeFileSync(path.join(dir, 'snapshots', result.snapshot.name.replace('.archive.json', '.meta.json')), '{oops');
    expect(await snapshots.list()).toEqual([
      { ...result.snapshot, workspace: null, sessions: null, sheets: null, chainHead: null, chainLength: null },
    ]);
    expect(readFileSync(path.join(dir, 'snapshots', result.snapshot.name), 'utf8')).toContain('ocop-council/archive@1');
  });

  it('has an empty list before its folder exists', async () => {
    expect(await store().list()).toEqual([]);
  });
});
