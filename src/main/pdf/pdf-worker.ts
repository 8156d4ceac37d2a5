/**
 * A PDF rendering thread of the pool (pdf-pool.ts): loads the fonts once, then renders the definitions
 * it is sent, one at a time, and hands back the bytes (transferred, not copied) with the page count.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentDefinition } from '../../shared/documents/pdf-definition';
import { configurePdfmake, countPdfPages, renderOwnedPdf } from './pdf-renderer';

export interface RenderRequest {
  readonly id: number;
  readonly definition: DocumentDefinition;
}
export type RenderReply =
  | { readonly id: number; readonly ok: true; readonly pdf: Uint8Array; readonly pages: number }
  | { readonly id: number; readonly ok: false; readonly message: string };

const { fontsDir } = workerData as { fontsDir: string };
configurePdfmake(fontsDir);

parentPort?.on('message', (request: RenderRequest) => {
  renderOwnedPdf(request.definition, fontsDir).then(
    (buffer) => {
      // A copy that owns its memory, so it can be transferred (pdfkit's buffer may be a pooled slice).
      const pdf = new Uint8Array(buffer);
      const reply: RenderReply = { id: request.id, ok: true, pdf, pages: countPdfPages(pdf) };
      parentPort?.postMessage(reply, [pdf.buffer]);
    },
    (error: unknown) => {
      const reply: RenderReply = {
        id: request.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
      parentPort?.postMessage(reply);
    },
  );
});
