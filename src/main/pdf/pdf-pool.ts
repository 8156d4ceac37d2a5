import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentDefinition } from '../../shared/documents/pdf-definition';
import type { RenderReply, RenderRequest } from './pdf-worker';

export interface RenderedPdf {
  readonly pdf: Buffer;
  readonly pages: number;
}

export interface PdfPool {
  /** How many threads render at once. */
  readonly size: number;
  /**
   * Renders a definition on the next free thread. An aborted `signal` drops a queued job, or stops the
   * thread rendering it (a new one takes its place); the promise then rejects with `PdfRenderCancelled`.
   */
  render(definition: DocumentDefinition, options?: { signal?: AbortSignal }): Promise<RenderedPdf>;
  /** Stops every thread; queued and running jobs reject with `PdfRenderCancelled`. */
  close(): Promise<void>;
}

export interface PdfPoolOptions {
  /** resources/fonts, or process.resourcesPath/fonts when packaged. */
  readonly fontsDir: string;
  /** Threads; default one per core, at most 4 (pdfmake is single-threaded and CPU-bound). */
  readonly size?: number;
  /**
   * The worker script: pdf-worker.js beside the built main bundle, or pdf-worker.ts beside this file
   * when run from source (tsx: the command line, tests, benchmarks).
   */
  readonly workerFile?: string;
}

export class PdfRenderCancelled extends Error {
  constructor() {
    super('PDF rendering cancelled');
    this.name = 'PdfRenderCancelled';
  }
}

/** One thread per core, at most 4: a definition is rendered by one thread from start to end. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

function defaultWorkerFile(): string {
  return path.join(__dirname, __filename.endsWith('.ts') ? 'pdf-worker.ts' : 'pdf-worker.js');
}

interface Job {
  readonly id: number;
  readonly definition: DocumentDefinition;
  readonly resolve: (value: RenderedPdf) => void;
  readonly reject: (error: Error) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/**
 * A small pool of worker threads that render PDFs, each with the fonts loaded once. Few large documents
 * render faster than many small ones (pdfmake's fixed cost per document is the font set-up and the
 * subsetting), so callers send whole documents (one per member), largest first.
 */
export function createPdfPool(options: PdfPoolOptions): PdfPool {
  const size = Math.max(1, options.size ?? defaultPoolSize());
  const workerFile = options.workerFile ?? defaultWorkerFile();
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Worker => {
    const workerData = { fontsDir: options.fontsDir };
    // From source, the worker needs tsx's loader (the parent's loader does not carry over to threads).
    const worker = workerFile.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(workerFile)});`, { eval: true, workerData })
      : new Worker(workerFile, { workerData });
    return worker;
  };

  const settle = (job: Job): void => {
    job.signal?.removeEventListener('abort', job.onAbort);
  };

  const attach = (slot: Slot): void => {
    slot.worker.on('message', (reply: RenderReply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = null;
      settle(job);
      if (reply.ok)
        job.resolve({
          pdf: Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength),
          pages: reply.pages,
        });
      else job.reject(new Error(reply.message));
      pump();
    });
    slot.worker.on('error', (error) => {
      const job = slot.job;
      slot.job = null;
      if (job) {
        settle(job);
        job.reject(error);
      }
      replace(slot);
    });
  };

  const replace = (slot: Slot): void => {
    void slot.worker.terminate();
    if (closed) return;
    slot.worker = spawn();
    attach(slot);
    pump();
  };

  const pump = (): void => {
    while (!closed && queue.length > 0) {
      let slot = slots.find((s) => s.job === null);
      if (!slot && slots.length < size) {
        slot = { worker: spawn(), job: null };
        attach(slot);
        slots.push(slot);
      }
      if (!slot) return;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      const request: RenderRequest = { id: job.id, definition: job.definition };
      slot.worker.postMessage(request);
    }
  };

  return {
    size,
    render(definition, renderOptions = {}) {
      const { signal } = renderOptions;
      if (closed || signal?.aborted) return Promise.reject(new PdfRenderCancelled());
      return new Promise<RenderedPdf>((resolve, reject) => {
        const id = nextId++;
        const onAbort = (): void => {
          const queued = queue.findIndex((j) => j.id === id);
          if (queued >= 0) queue.splice(queued, 1);
          const running = slots.find((s) => s.job?.id === id);
          if (running) {
            running.job = null;
            replace(running);
          }
          reject(new PdfRenderCancelled());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push({ id, definition, resolve, reject, signal, onAbort });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) {
        settle(job);
        job.reject(new PdfRenderCancelled());
      }
      await Promise.all(
        slots.map(async (slot) => {
          const job = slot.job;
          slot.job = null;
          if (job) {
            settle(job);
            job.reject(new PdfRenderCancelled());
          }
          await slot.worker.terminate();
        }),
      );
    },
  };
}
