import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { DocumentJobStatus, GeneratedDocument } from '../../shared/ipc/contract';
import { sha256Hex } from './atomic-file';
import { mergeEntries, readDocumentIndex, writeDocumentIndex } from './document-index';
import { countPdfPages } from '../pdf/pdf-renderer';
import { safeFileName, sessionDocumentsDir, uniqueNames } from './safe-names';
import { StagingFolder } from './staging-folder';

/** One file a job makes: its name, its kind, and how to render it. */
export interface PlannedFile {
  readonly fileName: string;
  readonly kind: string;
  readonly render: () => Promise<Uint8Array>;
}

export interface JobInput {
  readonly sessionId: string;
  readonly resultVersion: number | null;
  /** A folder the user chose (already resolved from its token), or null: the archive only. */
  readonly folder: string | null;
  /** Lists the files to make (building the definitions is part of the job, so it runs after start). */
  readonly plan: () => Promise<readonly PlannedFile[]> | readonly PlannedFile[];
  /** How many files may render at once (a worker pool renders several); 1 by default. */
  readonly concurrency?: number;
  /** Frees what rendering held (a worker pool), however the job ends. */
  readonly dispose?: () => Promise<void>;
}

/**
 * Renders files ahead of the one being written, at most `concurrency` at a time, and hands them over in
 * order. After stop() it starts nothing more; renders already running finish and are dropped.
 */
class RenderQueue {
  private readonly started = new Map<number, Promise<Uint8Array>>();
  private next = 0;
  private stopped = false;

  constructor(
    private readonly files: readonly PlannedFile[],
    private readonly concurrency: number,
  ) {}

  async take(index: number): Promise<Uint8Array> {
    while (!this.stopped && this.next < this.files.length && this.next < index + Math.max(1, this.concurrency)) {
      const file = this.files[this.next];
      if (file) {
        const pending = file.render();
        // A render dropped after a cancel may still fail; that is no one's concern any more.
        pending.catch(() => undefined);
        this.started.set(this.next, pending);
      }
      this.next += 1;
    }
    const pending = this.started.get(index);
    this.started.delete(index);
    if (!pending) throw new Error(`file ${index} was not rendered`);
    return pending;
  }

  stop(): void {
    this.stopped = true;
    this.started.clear();
  }
}

interface Job {
  status: DocumentJobStatus;
  cancelled: boolean;
  settled: Promise<void>;
}

/** How many finished jobs' statuses are kept for polling. */
const KEEP_FINISHED = 50;

const FINISHED = new Set<DocumentJobStatus['state']>(['done', 'cancelled', 'failed']);

/** Lets pending IPC requests (status polls, cancel) run between two renders. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs document jobs in the background: each renders its files one after the other, stages them beside
 * their targets (the session's archive folder and, when chosen, the user's folder), and when every file
 * is made moves them into place and then rewrites the archive's index (documents.json, atomically, last).
 * A cancelled or failed job leaves both folders as they were.
 */
export class DocumentJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly indexLocks = new Map<string, Promise<void>>();

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  start(input: JobInput): DocumentJobStatus {
    const jobId = randomUUID();
    const status: DocumentJobStatus = {
      jobId,
      sessionId: input.sessionId,
      state: 'preparing',
      done: 0,
      total: 0,
      current: null,
      files: [],
      folder: input.folder,
      error: null,
    };
    const job: Job = { status, cancelled: false, settled: Promise.resolve() };
    this.jobs.set(jobId, job);
    job.settled = this.run(job, input);
    this.forgetOld();
    return status;
  }

  status(jobId: string): DocumentJobStatus | null {
    return this.jobs.get(jobId)?.status ?? null;
  }

  /** Asks a job to stop after the file it is rendering; it then removes what it staged. */
  cancel(jobId: string): DocumentJobStatus | null {
    const job = this.jobs.get(jobId);
    if (!job) return null;
    if (!FINISHED.has(job.status.state)) {
      job.cancelled = true;
      this.update(job, { state: 'cancelling' });
    }
    return job.status;
  }

  /** Resolves when the job has finished, however it finished (for tests and shutdown). */
  async settled(jobId: string): Promise<DocumentJobStatus | null> {
    await this.jobs.get(jobId)?.settled;
    return this.status(jobId);
  }

  private update(job: Job, change: Partial<DocumentJobStatus>): void {
    job.status = { ...job.status, ...change };
  }

  private async run(job: Job, input: JobInput): Promise<void> {
    const { jobId } = job.status;
    const staged: StagingFolder[] = [];
    try {
      const archiveDir = sessionDocumentsDir(this.dataDir, input.sessionId);
      await mkdir(archiveDir, { recursive: true });
      await StagingFolder.sweep(archiveDir, this.activeIds());
      staged.push(await StagingFolder.open(archiveDir, jobId));
      if (input.folder !== null) staged.push(await StagingFolder.open(input.folder, jobId));
      await breathe();
      const planned = await input.plan();
      const names = uniqueNames(planned.map((file) => safeFileName(file.fileName)));
      this.update(job, { state: job.cancelled ? 'cancelling' : 'running', total: planned.length });
      const made: GeneratedDocument[] = [];
      const rendering = new RenderQueue(planned, input.concurrency ?? 1);
      for (const [index, file] of planned.entries()) {
        if (job.cancelled) break;
        const name = names[index] ?? safeFileName(file.fileName);
        this.update(job, { current: name });
        const bytes = await rendering.take(index);
        if (job.cancelled) break;
        for (const folder of staged) await folder.put(name, bytes);
        made.push({
          file: name,
          kind: file.kind,
          pages: countPdfPages(bytes),
          sha256: sha256Hex(bytes),
          bytes: bytes.byteLength,
          generatedAt: this.now().toISOString(),
          resultVersion: input.resultVersion,
        });
        this.update(job, { done: made.length });
        await breathe();
      }
      rendering.stop();
      if (job.cancelled) {
        await Promise.all(staged.map((folder) => folder.abort()));
        this.update(job, { state: 'cancelled', current: null });
        return;
      }
      await this.withIndexLock(archiveDir, async () => {
        for (const folder of staged) await folder.commit();
        const index = await readDocumentIndex(archiveDir, input.sessionId);
        await writeDocumentIndex(archiveDir, mergeEntries(index, made));
      });
      this.update(job, { state: 'done', current: null, files: made });
    } catch (error) {
      await Promise.allSettled(staged.map((folder) => folder.abort()));
      const message = error instanceof Error ? error.message : String(error);
      this.update(job, { state: 'failed', current: null, error: message });
    } finally {
      await input.dispose?.().catch(() => undefined);
    }
  }

  /** Commits into one archive folder happen one at a time, so two jobs never lose each other's entries. */
  private async withIndexLock(dir: string, work: () => Promise<void>): Promise<void> {
    const previous = this.indexLocks.get(dir) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.indexLocks.set(
      dir,
      next.catch(() => undefined),
    );
    await next;
  }

  private activeIds(): Set<string> {
    return new Set([...this.jobs.values()].filter((j) => !FINISHED.has(j.status.state)).map((j) => j.status.jobId));
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((j) => FINISHED.has(j.status.state));
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(job.status.jobId);
    }
  }
}
