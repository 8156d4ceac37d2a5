import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  archivedDocumentPath,
  copyArchivedDocuments,
  DocumentNotFoundError,
  listArchivedDocuments,
  readArchivedDocument,
} from './archived-documents';
import { DOCUMENT_INDEX_FILE } from './document-index';
import { DocumentJobs } from './document-jobs';
import { sessionDocumentsDir } from './safe-names';
import { entries, plannedFiles, removeDir, tempDir } from './test-support';

describe('the archived documents of a session', () => {
  let dataDir: string;
  let chosen: string;
  let archive: string;
  beforeEach(async () => {
    dataDir = tempDir('ocop-archived-');
    chosen = tempDir('ocop-chosen-');
    archive = sessionDocumentsDir(dataDir, 's1');
    const jobs = new DocumentJobs(dataDir, () => new Date('2026-11-29T08:00:00Z'));
    const { jobId } = jobs.start({
      sessionId: 's1',
      resultVersion: 1,
      folder: null,
      plan: () => plannedFiles(['bang-tong-hop.pdf', 'bien-ban.pdf', 'to-trinh.pdf']),
    });
    await jobs.settled(jobId);
  });
  afterEach(() => {
    removeDir(dataDir);
    removeDir(chosen);
  });

  it('lists each file as ok, changed (its SHA-256 differs from the index) or missing', async () => {
    writeFileSync(path.join(archive, 'bien-ban.pdf'), '%PDF-1.3 sửa tay');
    rmSync(path.join(archive, 'to-trinh.pdf'));
    const listed = await listArchivedDocuments(dataDir, 's1');
    expect(listed.map((d) => [d.file, d.state])).toEqual([
      ['bang-tong-hop.pdf', 'ok'],
      ['bien-ban.pdf', 'changed'],
      ['to-trinh.pdf', 'missing'],
    ]);
    expect(listed[0]).toMatchObject({ kind: 'tally', pages: 1, resultVersion: 1 });
  });

  it('lists nothing for a session with no documents yet', async () => {
    await expect(listArchivedDocuments(dataDir, 's2')).resolves.toEqual([]);
  });

  it('refuses an index that does not parse instead of treating it as empty', async () => {
    writeFileSync(path.join(archive, DOCUMENT_INDEX_FILE), '{ "format": ');
    await expect(listArchivedDocuments(dataDir, 's1')).rejects.toThrow();
  });

  it('gives the path of a listed file only, inside the session’s folder', async () => {
    const found = await archivedDocumentPath(dataDir, 's1', 'bien-ban.pdf');
    expect(found.path).toBe(path.join(archive, 'bien-ban.pdf'));
    await expect(archivedDocumentPath(dataDir, 's1', DOCUMENT_INDEX_FILE)).rejects.toBeInstanceOf(
      DocumentNotFoundError,
    );
    await expect(archivedDocumentPath(dataDir, 's1', '../../../etc/passwd')).rejects.toBeInstanceOf(
      DocumentNotFoundError,
    );
    await expect(archivedDocumentPath(dataDir, '..', 'bien-ban.pdf')).rejects.toThrow('not a plain name');
    rmSync(path.join(archive, 'to-trinh.pdf'));
    await expect(archivedDocumentPath(dataDir, 's1', 'to-trinh.pdf')).rejects.toThrow('missing');
  });

  it('reads a file back as base64', async () => {
    const file = await readArchivedDocument(dataDir, 's1', 'bang-tong-hop.pdf');
    expect(file.fileName).toBe('bang-tong-hop.pdf');
    expect(Buffer.from(file.base64, 'base64')).toEqual(readFileSync(path.join(archive, 'bang-tong-hop.pdf')));
  });

  it('copies intact files into a chosen folder and passes over a changed one', async () => {
    writeFileSync(path.join(archive, 'bien-ban.pdf'), '%PDF-1.3 sửa tay');
    const result = await copyArchivedDocuments(
      dataDir,
      's1',
      ['bang-tong-hop.pdf', 'bien-ban.pdf', 'khong-co.pdf'],
      chosen,
    );
    expect(result).toEqual({ copied: ['bang-tong-hop.pdf'], skipped: ['bien-ban.pdf', 'khong-co.pdf'] });
    expect(entries(chosen)).toEqual(['bang-tong-hop.pdf']);
    expect(existsSync(path.join(chosen, 'bien-ban.pdf'))).toBe(false);
  });
});
