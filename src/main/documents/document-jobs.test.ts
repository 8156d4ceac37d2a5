import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from './atomic-file';
import { DOCUMENT_INDEX_FILE } from './document-index';
import { DocumentJobs } from './document-jobs';
import { sessionDocumentsDir } from './safe-names';
import { entries, fakePdf, gatedFile, plannedFiles, removeDir, tempDir, until } from './test-support';

const NOW = new Date('2026-11-29T08:00:00.000Z');

describe('DocumentJobs', () => {
  let dataDir: string;
  let chosen: string;
  let jobs: DocumentJobs;
  let archive: string;
  beforeEach(() => {
    dataDir = tempDir('ocop-docs-');
    chosen = tempDir('ocop-chosen-');
    jobs = new DocumentJobs(dataDir, () => NOW);
    archive = sessionDocumentsDir(dataDir, 's1');
  });
  afterEach(() => {
    removeDir(dataDir);
    removeDir(chosen);
  });

  const index = () =>
    JSON.parse(readFileSync(path.join(archive, DOCUMENT_INDEX_FILE), 'utf8')) as {
      sessionId: string;
      files: {
        file: string;
        kind: string;
        pages: number;
        sha256: string;
        bytes: number;
        resultVersion: number | null;
      }[];
    };

  it('makes every file into the session’s archive folder and records each with its hash, size and pages', async () => {
    const started = jobs.start({
      sessionId: 's1',
      resultVersion: 2,
      folder: null,
      plan: () => [...plannedFiles(['bang-tong-hop.pdf'], 'tally', 2), ...plannedFiles(['bien-ban.pdf'], 'minutes', 3)],
    });
    expect(started).toMatchObject({ sessionId: 's1', state: 'preparing', done: 0 });
    const done = await jobs.settled(started.jobId);
    expect(done).toMatchObject({ state: 'done', done: 2, total: 2, current: null, error: null });
    expect(entries(archive)).toEqual(['bang-tong-hop.pdf', 'bien-ban.pdf', DOCUMENT_INDEX_FILE]);
    const bytes = readFileSync(path.join(archive, 'bien-ban.pdf'));
    expect(index()).toMatchObject({ sessionId: 's1' });
    expect(index().files).toEqual([
      expect.objectContaining({ file: 'bang-tong-hop.pdf', kind: 'tally', pages: 2, resultVersion: 2 }),
      {
        file: 'bien-ban.pdf',
        kind: 'minutes',
        pages: 3,
        sha256: sha256Hex(bytes),
        bytes: bytes.byteLength,
        generatedAt: NOW.toISOString(),
        resultVersion: 2,
      },
    ]);
    expect(done?.files.map((f) => f.file)).toEqual(['bang-tong-hop.pdf', 'bien-ban.pdf']);
  });

  it('also saves every file into a chosen folder, with nothing of its own left there', async () => {
    const { jobId } = jobs.start({
      sessionId: 's1',
      resultVersion: null,
      folder: chosen,
      plan: () => plannedFiles(['a.pdf', 'b.pdf']),
    });
    await jobs.settled(jobId);
    expect(entries(chosen)).toEqual(['a.pdf', 'b.pdf']);
    expect(readFileSync(path.join(chosen, 'a.pdf'))).toEqual(readFileSync(path.join(archive, 'a.pdf')));
  });

  it('reports progress file by file: how many are done, of how many, and which one is being made', async () => {
    const files = [gatedFile('phieu-1.pdf'), gatedFile('phieu-2.pdf'), gatedFile('phieu-3.pdf')];
    const { jobId } = jobs.start({ sessionId: 's1', resultVersion: null, folder: null, plan: () => files });
    await until(() => jobs.status(jobId)?.current === 'phieu-1.pdf');
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', done: 0, total: 3 });
    files[0]?.release();
    await until(() => jobs.status(jobId)?.current === 'phieu-2.pdf');
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', done: 1, total: 3 });
    files[1]?.release();
    files[2]?.release();
    expect(await jobs.settled(jobId)).toMatchObject({ state: 'done', done: 3 });
  });

  it('stops after the current file when cancelled and leaves no file of the job anywhere', async () => {
    // An earlier tally is in the archive: a cancelled job must not touch it.
    const earlier = jobs.start({
      sessionId: 's1',
      resultVersion: null,
      folder: null,
      plan: () => plannedFiles(['phieu-1.pdf']),
    });
    await jobs.settled(earlier.jobId);
    const before = readFileSync(path.join(archive, 'phieu-1.pdf'));
    const indexBefore = readFileSync(path.join(archive, DOCUMENT_INDEX_FILE), 'utf8');

    const files = [gatedFile('phieu-1.pdf'), gatedFile('phieu-2.pdf'), gatedFile('phieu-3.pdf')];
    const { jobId } = jobs.start({ sessionId: 's1', resultVersion: null, folder: chosen, plan: () => files });
    files[0]?.release();
    await until(() => jobs.status(jobId)?.current === 'phieu-2.pdf');
    expect(jobs.cancel(jobId)).toMatchObject({ state: 'cancelling', done: 1 });
    files[1]?.release();
    const cancelled = await jobs.settled(jobId);
    expect(cancelled).toMatchObject({ state: 'cancelled', done: 1, files: [] });
    expect(entries(archive)).toEqual([DOCUMENT_INDEX_FILE, 'phieu-1.pdf']);
    expect(readFileSync(path.join(archive, 'phieu-1.pdf'))).toEqual(before);
    expect(readFileSync(path.join(archive, DOCUMENT_INDEX_FILE), 'utf8')).toBe(indexBefore);
    expect(entries(chosen)).toEqual([]);
  });

  it('leaves both folders as they were when a render fails, and says why', async () => {
    const failing = { fileName: 'hong.pdf', kind: 'tally', render: () => Promise.reject(new Error('font missing')) };
    const { jobId } = jobs.start({
      sessionId: 's1',
      resultVersion: null,
      folder: chosen,
      plan: () => [...plannedFiles(['a.pdf']), failing],
    });
    expect(await jobs.settled(jobId)).toMatchObject({ state: 'failed', error: 'font missing', files: [] });
    expect(entries(archive)).toEqual([]);
    expect(entries(chosen)).toEqual([]);
  });

  it('replaces the index entry of a file made again and keeps the others', async () => {
    const first = jobs.start({
      sessionId: 's1',
      resultVersion: 1,
      folder: null,
      plan: () => plannedFiles(['a.pdf', 'b.pdf']),
    });
    await jobs.settled(first.jobId);
    const again = jobs.start({
      sessionId: 's1',
      resultVersion: 2,
      folder: null,
      plan: () => [{ fileName: 'b.pdf', kind: 'tally', render: () => Promise.resolve(fakePdf(4, 'new')) }],
    });
    await jobs.settled(again.jobId);
    expect(index().files.map((f) => [f.file, f.pages, f.resultVersion])).toEqual([
      ['a.pdf', 1, 1],
      ['b.pdf', 4, 2],
    ]);
  });

  it('keeps the index whole while two jobs of one session finish at once', async () => {
    const a = jobs.start({ sessionId: 's1', resultVersion: null, folder: null, plan: () => plannedFiles(['a.pdf']) });
    const b = jobs.start({ sessionId: 's1', resultVersion: null, folder: null, plan: () => plannedFiles(['b.pdf']) });
    await Promise.all([jobs.settled(a.jobId), jobs.settled(b.jobId)]);
    expect(index().files.map((f) => f.file)).toEqual(['a.pdf', 'b.pdf']);
  });

  it('sweeps away what an interrupted job left half-made, and leaves no temporary file of its own', async () => {
    mkdirSync(path.join(archive, '.ocop-job-crashed'), { recursive: true });
    writeFileSync(path.join(archive, '.ocop-job-crashed', 'half.pdf'), '%PDF-1.3 half');
    const { jobId } = jobs.start({
      sessionId: 's1',
      resultVersion: null,
      folder: null,
      plan: () => plannedFiles(['a.pdf']),
    });
    await jobs.settled(jobId);
    expect(entries(archive)).toEqual(['a.pdf', DOCUMENT_INDEX_FILE]);
  });

  it('writes plain, unique file names whatever the builder proposes', async () => {
    const { jobId } = jobs.start({
      sessionId: 's1',
      resultVersion: null,
      folder: null,
      plan: () => plannedFiles(['Phiếu chấm Nguyễn Văn A.pdf', 'phieu-cham-nguyen-van-a.pdf', '../../evil.pdf']),
    });
    await jobs.settled(jobId);
    expect(entries(archive)).toEqual([
      'documents.json',
      'evil.pdf',
      'phieu-cham-nguyen-van-a-2.pdf',
      'phieu-cham-nguyen-van-a.pdf',
    ]);
    expect(entries(path.dirname(archive))).toEqual(['documents']);
  });

  it('refuses a session id that is not a plain folder name, writing nothing', async () => {
    const { jobId } = jobs.start({
      sessionId: '../../outside',
      resultVersion: null,
      folder: null,
      plan: () => plannedFiles(['a.pdf']),
    });
    expect(await jobs.settled(jobId)).toMatchObject({ state: 'failed' });
    expect(entries(dataDir)).toEqual([]);
  });

  it('renders ahead with a worker pool’s concurrency and still writes the files in order', async () => {
    const files = [gatedFile('a.pdf'), gatedFile('b.pdf'), gatedFile('c.pdf')];
    let rendering = 0;
    const counted = files.map((file) => ({
      ...file,
      render: () => {
        rendering += 1;
        return file.render();
      },
    }));
    const { jobId } = jobs.start({
      sessionId: 's1',
      resultVersion: null,
      folder: null,
      concurrency: 2,
      plan: () => counted,
    });
    await until(() => rendering === 2);
    files[1]?.release();
    files[0]?.release();
    files[2]?.release();
    const done = await jobs.settled(jobId);
    expect(done?.files.map((f) => f.file)).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
  });

  it('forgets nothing it is asked about: an unknown job has no status and cannot be cancelled', () => {
    expect(jobs.status('nope')).toBeNull();
    expect(jobs.cancel('nope')).toBeNull();
  });
});
