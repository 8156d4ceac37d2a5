import type { DocumentsStartRequest } from '../../shared/ipc/documents-schemas';
import {
  archivedDocumentPath,
  copyArchivedDocuments,
  listArchivedDocuments,
  readArchivedDocument,
} from '../documents/archived-documents';
import { ChosenFolders } from '../documents/chosen-folders';
import { DocumentJobs, type JobInput } from '../documents/document-jobs';
import type { HandlerMap } from './dispatcher';

type DocumentsHandlers = Pick<
  HandlerMap,
  | 'documents:start'
  | 'documents:status'
  | 'documents:cancel'
  | 'documents:choose-folder'
  | 'documents:list'
  | 'documents:open'
  | 'documents:read'
  | 'documents:copy-to-folder'
>;

/** Checks a start request and says what the job will make (the files are built once the job runs). */
export type DocumentPlanner = (request: DocumentsStartRequest) => Omit<JobInput, 'folder'>;

export interface DocumentsDeps {
  readonly dataDir: string;
  readonly now: () => Date;
  /** The folder dialog (Electron's in the app, a stub in tests); null when the user cancels. */
  readonly chooseFolder: () => Promise<string | null>;
  /** Opens a file in the system's viewer (shell.openPath in the app). */
  readonly openPath: (file: string) => Promise<void>;
  readonly planner: DocumentPlanner;
}

export class UnknownJobError extends Error {}

/**
 * The documents area: batch jobs (start, poll, cancel), the folder chooser, and the session's archived
 * documents (list with integrity, open, read, copy to a chosen folder). Paths never come from the
 * renderer: the archive folder is derived from the session id, a chosen folder from its token.
 */
export function documentsHandlers(deps: DocumentsDeps): DocumentsHandlers {
  const jobs = new DocumentJobs(deps.dataDir, deps.now);
  const folders = new ChosenFolders(deps.chooseFolder);
  const known = <T>(status: T | null, jobId: string): T => {
    if (status === null) throw new UnknownJobError(`no document job ${jobId}`);
    return status;
  };
  return {
    'documents:start': async (request) => {
      const folder = request.folderToken === null ? null : await folders.resolve(request.folderToken);
      return jobs.start({ ...deps.planner(request), folder });
    },
    'documents:status': ({ jobId }) => known(jobs.status(jobId), jobId),
    'documents:cancel': ({ jobId }) => known(jobs.cancel(jobId), jobId),
    'documents:choose-folder': () => folders.pick(),
    'documents:list': ({ sessionId }) => listArchivedDocuments(deps.dataDir, sessionId),
    'documents:open': async ({ sessionId, file }) => {
      const found = await archivedDocumentPath(deps.dataDir, sessionId, file);
      await deps.openPath(found.path);
      return null;
    },
    'documents:read': ({ sessionId, file }) => readArchivedDocument(deps.dataDir, sessionId, file),
    'documents:copy-to-folder': async ({ sessionId, files, folderToken }) => {
      const folder = await folders.resolve(folderToken);
      return { folder, ...(await copyArchivedDocuments(deps.dataDir, sessionId, files, folder)) };
    },
  };
}
