import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DocumentDefinition } from '../../shared/documents/pdf-definition';
import { createPdfPool } from '../pdf/pdf-pool';
import { renderPdf } from '../pdf/pdf-renderer';

/** Renders a job's definitions: on a pool of worker threads when the worker script is there. */
export interface DocumentRenderer {
  /** How many files render at once. */
  readonly concurrency: number;
  render(definition: DocumentDefinition): Promise<Uint8Array>;
  /** Stops the threads (a job's renderer lives as long as the job). */
  close(): Promise<void>;
}

/**
 * The worker script of the PDF pool: pdf-worker.js beside the built main bundle, or pdf-worker.ts in
 * src/main/pdf when main runs from source (the e2e fixture, the command line).
 */
export function pdfWorkerFile(): string {
  return __filename.endsWith('.ts')
    ? path.resolve(__dirname, '../pdf/pdf-worker.ts')
    : path.join(__dirname, 'pdf-worker.js');
}

/**
 * A renderer for one job: the worker pool, which keeps main free to answer the progress polls, or
 * rendering in this thread when the build carries no worker script (one file at a time, with a pause
 * between files for the polls).
 */
export function openDocumentRenderer(fontsDir: string, workerFile = pdfWorkerFile()): DocumentRenderer {
  if (existsSync(workerFile)) {
    const pool = createPdfPool({ fontsDir, workerFile });
    return {
      concurrency: pool.size,
      render: async (definition) => (await pool.render(definition)).pdf,
      close: () => pool.close(),
    };
  }
  return { concurrency: 1, render: (definition) => renderPdf(definition, fontsDir), close: () => Promise.resolve() };
}
