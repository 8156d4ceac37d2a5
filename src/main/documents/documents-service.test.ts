import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArchivedDocumentView, DocumentJobStatus } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { createDispatcher } from '../ipc/dispatcher';
import { createHandlers } from '../ipc/handlers';
import { sessionDocumentsDir } from './safe-names';
import { entries, laiChauStartRequest, removeDir, tempDir } from './test-support';

const TRUSTED = { trusted: true };

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}

describe('the documents channels, end to end through the dispatcher', () => {
  let dataDir: string;
  let chosen: string;
  let answer: string | null;
  let opened: string[];
  let dispatch: ReturnType<typeof createDispatcher>;
  beforeEach(() => {
    dataDir = tempDir('ocop-service-');
    chosen = tempDir('ocop-service-chosen-');
    answer = chosen;
    opened = [];
    dispatch = createDispatcher(
      createHandlers({
        appName: 'OCOP Council',
        appVersion: 'test',
        dataDir,
        bundledPacksDir: path.resolve('resources/rubric-packs'),
        fontsDir: path.resolve('resources/fonts'),
        now: () => new Date('2026-11-29T08:00:00Z'),
        chooseFolder: () => Promise.resolve(answer),
        openPath: (file) => {
          opened.push(file);
          return Promise.resolve();
        },
      }),
    );
  });
  afterEach(() => {
    removeDir(dataDir);
    removeDir(chosen);
  });

  async function call<T>(channel: string, payload: unknown): Promise<T> {
    const result = (await dispatch(TRUSTED, channel, payload)) as IpcResult<T>;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.data;
  }

  async function finished(jobId: string): Promise<DocumentJobStatus> {
    for (;;) {
      const status = await call<DocumentJobStatus>('documents:status', { jobId });
      if (['done', 'cancelled', 'failed'].includes(status.state)) return status;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('makes the tally and the minutes of a session into its archive folder and lists them as intact', async () => {
    const started = await call<DocumentJobStatus>('documents:start', laiChauStartRequest(['tally', 'minutes']));
    const done = await finished(started.jobId);
    expect(done).toMatchObject({ state: 'done', total: 2, done: 2, error: null });
    const archive = sessionDocumentsDir(dataDir, 'lai-chau-1');
    expect(entries(archive)).toEqual(['bang-tong-hop.pdf', 'bien-ban-hop-hoi-dong.pdf', 'documents.json']);
    expect(pdfText(path.join(archive, 'bang-tong-hop.pdf'))).toContain('Hồng trà Tam Đường');
    const listed = await call<ArchivedDocumentView[]>('documents:list', { sessionId: 'lai-chau-1' });
    expect(listed.map((d) => [d.file, d.kind, d.state, d.resultVersion])).toEqual([
      ['bang-tong-hop.pdf', 'tally', 'ok', 1],
      ['bien-ban-hop-hoi-dong.pdf', 'minutes', 'ok', 1],
    ]);
    expect(listed.every((d) => d.pages >= 1 && d.bytes > 1000)).toBe(true);
  }, 60_000);

  it('prints the certificates with the register’s numbers, from the first one the documents area sends', async () => {
    const request = laiChauStartRequest(['decision', 'certificates']);
    const numbered = {
      ...request,
      options: { ...request.options, numbering: { ...request.options.numbering, certificateStart: 7 } },
    };
    const done = await finished((await call<DocumentJobStatus>('documents:start', numbered)).jobId);
    expect(done.files.map((f) => [f.file, f.kind])).toEqual([
      ['to-trinh.pdf', 'decision'],
      ['du-thao-quyet-dinh.pdf', 'decision'],
      ['danh-sach-de-nghi-cap-tren.pdf', 'decision'],
      ['giay-chung-nhan.pdf', 'certificates'],
    ]);
    const text = pdfText(path.join(sessionDocumentsDir(dataDir, 'lai-chau-1'), 'giay-chung-nhan.pdf'));
    expect(text).toContain('07/GCN-OCOP');
    expect(text).toContain('125/QĐ-UBND');
  }, 60_000);

  it('saves a copy into the folder chosen in main’s dialog, named only by its token', async () => {
    const folder = await call<{ token: string; path: string }>('documents:choose-folder', undefined);
    expect(folder.path).toBe(chosen);
    const started = await call<DocumentJobStatus>(
      'documents:start',
      laiChauStartRequest(['tally'], { folderToken: folder.token }),
    );
    expect(await finished(started.jobId)).toMatchObject({ state: 'done', folder: chosen });
    expect(entries(chosen)).toEqual(['bang-tong-hop.pdf']);
    await expect(
      dispatch(TRUSTED, 'documents:start', laiChauStartRequest(['tally'], { folderToken: 'f'.repeat(32) })),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringContaining('folder') as string },
    });
  }, 60_000);

  it('answers null when the user cancels the folder dialog', async () => {
    answer = null;
    await expect(call('documents:choose-folder', undefined)).resolves.toBeNull();
  });

  it('refuses the decision and the certificates for a session that is not finalised', async () => {
    const result = await dispatch(TRUSTED, 'documents:start', laiChauStartRequest(['decision'], { finalised: false }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringContaining('finalised') as string },
    });
    expect(entries(dataDir)).toEqual([]);
  });

  it('refuses a session id that would name a folder outside the archive, and an unknown kind', async () => {
    const request = laiChauStartRequest(['tally']);
    for (const bad of [
      { ...request, session: { ...request.session, id: '../../escape' } },
      { ...request, kinds: ['tally', 'passwords'] },
      { ...request, sheets: 'all' },
    ]) {
      await expect(dispatch(TRUSTED, 'documents:start', bad)).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
  });

  it('opens only files of the session’s index, inside its archive folder', async () => {
    const started = await call<DocumentJobStatus>('documents:start', laiChauStartRequest(['tally']));
    await finished(started.jobId);
    await call('documents:open', { sessionId: 'lai-chau-1', file: 'bang-tong-hop.pdf' });
    expect(opened).toEqual([path.join(sessionDocumentsDir(dataDir, 'lai-chau-1'), 'bang-tong-hop.pdf')]);
    await expect(
      dispatch(TRUSTED, 'documents:open', { sessionId: 'lai-chau-1', file: 'documents.json' }),
    ).resolves.toMatchObject({ ok: false });
    expect(opened).toHaveLength(1);
  }, 60_000);

  it('flags a file changed on disk, and reads an intact one back as base64', async () => {
    const started = await call<DocumentJobStatus>('documents:start', laiChauStartRequest(['tally', 'minutes']));
    await finished(started.jobId);
    const archive = sessionDocumentsDir(dataDir, 'lai-chau-1');
    writeFileSync(path.join(archive, 'bien-ban-hop-hoi-dong.pdf'), '%PDF-1.3 sửa tay');
    const listed = await call<ArchivedDocumentView[]>('documents:list', { sessionId: 'lai-chau-1' });
    expect(listed.map((d) => d.state)).toEqual(['ok', 'changed']);
    const read = await call<{ base64: string }>('documents:read', {
      sessionId: 'lai-chau-1',
      file: 'bang-tong-hop.pdf',
    });
    expect(Buffer.from(read.base64, 'base64')).toEqual(readFileSync(path.join(archive, 'bang-tong-hop.pdf')));
  }, 60_000);
});
