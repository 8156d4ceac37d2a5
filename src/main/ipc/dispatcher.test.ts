import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../../shared/ipc/result';
import { createDispatcher, type HandlerMap } from './dispatcher';
import { createHandlers } from './handlers';

const TRUSTED = { trusted: true };

function stubHandlers(overrides: Partial<HandlerMap> = {}): HandlerMap {
  return {
    'app:info': () => ({ name: 'OCOP Council', version: '0.0.0', dataDir: '/tmp/x' }),
    'rubric:list': () => [],
    'rubric:get-set': () => {
      throw new Error('not in this stub');
    },
    'rubric:get-pack': () => {
      throw new Error('not in this stub');
    },
    'rubric:import': () => ({ status: 'rejected', issues: [] }),
    'exchange:template': () => ({ fileName: 'mau.xlsx', base64: '' }),
    'exchange:read-workbook': ({ fileName }) => ({ status: 'rejected', fileName, issues: [] }),
    'exchange:export-workbook': () => ({ fileName: 'so-lieu.xlsx', base64: '' }),
    'documents:start': () => {
      throw new Error('not in this stub');
    },
    'documents:status': () => {
      throw new Error('not in this stub');
    },
    'documents:cancel': () => {
      throw new Error('not in this stub');
    },
    'documents:choose-folder': () => null,
    'documents:list': () => [],
    'documents:open': () => null,
    'documents:read': ({ file }) => ({ fileName: file, base64: '' }),
    'documents:copy-to-folder': () => ({ folder: '/tmp/x', copied: [], skipped: [] }),
    'snapshots:write': () => ({ status: 'failed', failure: 'not-archive', detail: 'stub' }),
    'snapshots:list': () => [],
    'snapshots:read': ({ name }) => ({ name, text: '{}' }),
    'snapshots:folder': () => ({ path: '/tmp/x/snapshots' }),
    ...overrides,
  };
}

describe('createDispatcher', () => {
  it('answers a trusted request with the handler’s data', async () => {
    const dispatch = createDispatcher(stubHandlers());
    await expect(dispatch(TRUSTED, 'app:info', undefined)).resolves.toEqual({
      ok: true,
      data: { name: 'OCOP Council', version: '0.0.0', dataDir: '/tmp/x' },
    });
  });

  it('refuses a sender that is not the app window’s main frame, without running the handler', async () => {
    const handler = vi.fn(() => []);
    const log = vi.fn();
    const dispatch = createDispatcher(stubHandlers({ 'rubric:list': handler }), log);
    const result = await dispatch({ trusted: false }, 'rubric:list', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'issue.ipc.forbidden' } });
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses a channel that is not in the channel list', async () => {
    const dispatch = createDispatcher(stubHandlers());
    const result = await dispatch(TRUSTED, 'fs:read-file', { path: '/etc/passwd' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel', params: { channel: 'fs:read-file' } },
    });
  });

  it.each([
    ['a string instead of an object', 'rubric:get-set', 'set 11'],
    ['a set number that is not a number', 'rubric:get-set', { pack: '26/2026', set: '11' }],
    ['an extra key', 'rubric:get-set', { pack: '26/2026', set: 11, path: '../../etc' }],
    ['a payload where none is expected', 'rubric:list', { all: true }],
    ['an import without text', 'rubric:import', { fileName: 'a.json' }],
    ['a document path instead of a file name', 'documents:open', { sessionId: 's1', file: '../../etc/passwd' }],
    ['a session id that climbs out of the archive', 'documents:list', { sessionId: '../..' }],
    [
      'a folder path instead of a folder token',
      'documents:copy-to-folder',
      { sessionId: 's1', files: ['a.pdf'], folderToken: '/home/user' },
    ],
    ['a job id that is not one', 'documents:status', { jobId: '1; rm -rf /' }],
    ['a snapshot path instead of a snapshot name', 'snapshots:read', { name: '../../etc/passwd' }],
    ['a snapshot name with a folder', 'snapshots:read', { name: 'x/2026-07-20T08-30-00-000Z-daily.archive.json' }],
    ['a snapshot reason that is not one', 'snapshots:write', { reason: 'weekly', text: '{}' }],
  ])('refuses a malformed payload (%s) without running the handler', async (_name, channel, payload) => {
    const handler = vi.fn();
    const dispatch = createDispatcher(
      stubHandlers({
        'rubric:get-set': handler,
        'rubric:list': handler,
        'rubric:import': handler,
        'documents:open': handler,
        'documents:list': handler,
        'documents:copy-to-folder': handler,
        'documents:status': handler,
        'snapshots:read': handler,
        'snapshots:write': handler,
      }),
    );
    const result = await dispatch(TRUSTED, channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', key: 'issue.ipc.invalidPayload' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler’s exception into an error result instead of throwing across the boundary', async () => {
    const dispatch = createDispatcher(stubHandlers());
    const result = await dispatch(TRUSTED, 'rubric:get-set', { pack: '26/2026', set: 11 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'failed', key: 'issue.ipc.failed', params: { detail: 'not in this stub' } },
    });
  });
});

describe('the main handler map', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ocop-handlers-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  function dispatcher() {
    return createDispatcher(
      createHandlers({
        appName: 'OCOP Council',
        appVersion: '1.2.3',
        dataDir,
        bundledPacksDir: path.resolve('resources/rubric-packs'),
        fontsDir: path.resolve('resources/fonts'),
        now: () => new Date('2026-11-29T08:00:00Z'),
        chooseFolder: () => Promise.resolve(null),
        openPath: () => Promise.resolve(),
      }),
    );
  }

  it('lists the two bundled packs', async () => {
    const result = (await dispatcher()(TRUSTED, 'rubric:list', undefined)) as IpcResult<{ id: string }[]>;
    expect(result.ok && result.data.map((pack) => pack.id).sort()).toEqual(['148/2023', '26/2026']);
  });

  it('gives one product set with its own corrections and the pack’s legal basis', async () => {
    const result = await dispatcher()(TRUSTED, 'rubric:get-set', { pack: '26/2026', set: 11 });
    if (!result.ok) throw new Error(result.error.message);
    const view = result.data as {
      pack: { id: string; legalBasis: { date: string }; sets?: unknown };
      set: { no: number; criteria: { id: string }[] };
      corrections: { set: number; criterion: string }[];
    };
    expect(view.pack.id).toBe('26/2026');
    expect(view.pack.legalBasis.date).toBe('2026-05-22');
    expect(view.pack.sets).toBeUndefined();
    expect(view.set.no).toBe(11);
    expect(view.set.criteria).toHaveLength(32);
    expect(view.corrections.every((c) => c.set === 11)).toBe(true);
    expect(view.corrections.map((c) => c.criterion)).toEqual(expect.arrayContaining(['A-1.2', 'A-2.4', 'C-6.1.1']));
  });

  it('gives a whole pack, at a version or the newest', async () => {
    const result = await dispatcher()(TRUSTED, 'rubric:get-pack', { pack: '148/2023', version: 1 });
    if (!result.ok) throw new Error(result.error.message);
    const pack = result.data as { id: string; version: number; sets: { no: number; complete: boolean }[] };
    expect([pack.id, pack.version, pack.sets.length]).toEqual(['148/2023', 1, 26]);
    expect(pack.sets.filter((s) => !s.complete).map((s) => s.no)).toEqual([11, 12, 13]);
    const missing = await dispatcher()(TRUSTED, 'rubric:get-pack', { pack: '1/1999' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('reports a set the pack does not have as a failure', async () => {
    const result = await dispatcher()(TRUSTED, 'rubric:get-set', { pack: '26/2026', set: 27 });
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('writes, lists and reads back a snapshot in <dataDir>/snapshots, refusing names it did not list', async () => {
    const dispatch = dispatcher();
    const text = JSON.stringify({
      format: 'ocop-council/archive@1',
      workspace: 'main',
      tables: { sessions: [], sheets: [] },
    });
    const written = await dispatch(TRUSTED, 'snapshots:write', { reason: 'manual', text });
    expect(written).toMatchObject({
      ok: true,
      data: { status: 'written', snapshot: { name: '2026-11-29T08-00-00-000Z-manual.archive.json', sessions: 0 } },
    });
    const folder = await dispatch(TRUSTED, 'snapshots:folder', undefined);
    expect(folder).toEqual({ ok: true, data: { path: path.join(dataDir, 'snapshots') } });
    const listed = (await dispatch(TRUSTED, 'snapshots:list', undefined)) as IpcResult<{ name: string }[]>;
    expect(listed.ok && listed.data.map((s) => s.name)).toEqual(['2026-11-29T08-00-00-000Z-manual.archive.json']);
    await expect(
      dispatch(TRUSTED, 'snapshots:read', { name: '2026-11-29T08-00-00-000Z-manual.archive.json' }),
    ).resolves.toMatchObject({ ok: true, data: { text } });
    const unknown = await dispatch(TRUSTED, 'snapshots:read', { name: '2026-11-28T08-00-00-000Z-manual.archive.json' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('tells where it keeps its files', async () => {
    await expect(dispatcher()(TRUSTED, 'app:info', undefined)).resolves.toEqual({
      ok: true,
      data: { name: 'OCOP Council', version: '1.2.3', dataDir },
    });
  });
});
