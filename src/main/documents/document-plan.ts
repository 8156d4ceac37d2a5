import { buildDocuments } from '../../shared/documents';
import type { DocumentOptions as PrintOptions } from '../../shared/documents/document-options';
import type { DocumentOptions, DocumentsStartRequest } from '../../shared/ipc/documents-schemas';
import type { DocumentPlanner } from '../ipc/documents.handlers';
import type { PackStore } from '../rubric/pack-store';
import { documentInput } from './document-input';
import { openDocumentRenderer, type DocumentRenderer } from './document-renderer';

/** The builders' options from what the documents area sent. */
export function printOptions(options: DocumentOptions): PrintOptions {
  return {
    ...(options.decision ? { decision: options.decision } : {}),
    certificateTemplate: options.certificateTemplate,
    numbering: {
      ...(options.numbering.minutes === null ? {} : { minutes: options.numbering.minutes }),
      ...(options.numbering.submission === null ? {} : { submission: options.numbering.submission }),
      ...(options.numbering.certificateStart === null ? {} : { certificateStart: options.numbering.certificateStart }),
    },
    producerAddresses: options.producerAddresses,
  };
}

/**
 * The planner of the app's document jobs: checks the request (the session's pack is here, a finalised
 * session for the decision and the certificates), then, once the job runs, builds every definition of
 * every kind asked for and renders them on a worker pool that lives as long as the job.
 */
export function documentPlanner(
  packs: PackStore,
  fontsDir: string,
  openRenderer: (fontsDir: string) => DocumentRenderer = openDocumentRenderer,
): DocumentPlanner {
  return (request: DocumentsStartRequest) => {
    const { data, context } = documentInput(request, packs);
    const options = printOptions(request.options);
    const renderer = openRenderer(fontsDir);
    return {
      sessionId: request.session.id,
      resultVersion: request.finalised?.version ?? null,
      concurrency: renderer.concurrency,
      plan: () =>
        request.kinds.flatMap((kind) =>
          buildDocuments(kind, data, context, options).map((built) => ({
            fileName: built.fileName,
            kind: built.kind,
            render: () => renderer.render(built.definition),
          })),
        ),
      dispose: () => renderer.close(),
    };
  };
}
