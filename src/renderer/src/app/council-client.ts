import type { Channel } from '../../../shared/ipc/channels';
import type { IpcRequest, IpcResponse } from '../../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';

/** A failed request, carrying the i18n key and params that say why. */
export class CouncilRequestError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
}

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.data;
  throw new CouncilRequestError(result.error);
}

/**
 * The renderer's only door to the main process (window.council). Unwraps `{ok, data | error}` into a
 * value or a CouncilRequestError.
 */
export const council = {
  appInfo: async (): Promise<IpcResponse<'app:info'>> => unwrap(await window.council.app.info()),
  rubricList: async (): Promise<IpcResponse<'rubric:list'>> => unwrap(await window.council.rubric.list()),
  rubricSet: async (request: IpcRequest<'rubric:get-set'>): Promise<IpcResponse<'rubric:get-set'>> =>
    unwrap(await window.council.rubric.getSet(request)),
  rubricPack: async (request: IpcRequest<'rubric:get-pack'>): Promise<IpcResponse<'rubric:get-pack'>> =>
    unwrap(await window.council.rubric.getPack(request)),
  rubricImport: async (request: IpcRequest<'rubric:import'>): Promise<IpcResponse<'rubric:import'>> =>
    unwrap(await window.council.rubric.import(request)),
  exchangeTemplate: async (): Promise<IpcResponse<'exchange:template'>> =>
    unwrap(await window.council.exchange.template()),
  exchangeReadWorkbook: async (
    request: IpcRequest<'exchange:read-workbook'>,
  ): Promise<IpcResponse<'exchange:read-workbook'>> => unwrap(await window.council.exchange.readWorkbook(request)),
  exchangeExportWorkbook: async (
    request: IpcRequest<'exchange:export-workbook'>,
  ): Promise<IpcResponse<'exchange:export-workbook'>> => unwrap(await window.council.exchange.exportWorkbook(request)),
  documentsStart: async (request: IpcRequest<'documents:start'>): Promise<IpcResponse<'documents:start'>> =>
    unwrap(await window.council.documents.start(request)),
  documentsStatus: async (request: IpcRequest<'documents:status'>): Promise<IpcResponse<'documents:status'>> =>
    unwrap(await window.council.documents.status(request)),
  documentsCancel: async (request: IpcRequest<'documents:cancel'>): Promise<IpcResponse<'documents:cancel'>> =>
    unwrap(await window.council.documents.cancel(request)),
  documentsChooseFolder: async (): Promise<IpcResponse<'documents:choose-folder'>> =>
    unwrap(await window.council.documents.chooseFolder()),
  documentsList: async (request: IpcRequest<'documents:list'>): Promise<IpcResponse<'documents:list'>> =>
    unwrap(await window.council.documents.list(request)),
  documentsOpen: async (request: IpcRequest<'documents:open'>): Promise<IpcResponse<'documents:open'>> =>
    unwrap(await window.council.documents.open(request)),
  documentsRead: async (request: IpcRequest<'documents:read'>): Promise<IpcResponse<'documents:read'>> =>
    unwrap(await window.council.documents.read(request)),
  documentsCopyToFolder: async (
    request: IpcRequest<'documents:copy-to-folder'>,
  ): Promise<IpcResponse<'documents:copy-to-folder'>> => unwrap(await window.council.documents.copyToFolder(request)),
  snapshotsWrite: async (request: IpcRequest<'snapshots:write'>): Promise<IpcResponse<'snapshots:write'>> =>
    unwrap(await window.council.snapshots.write(request)),
  snapshotsList: async (): Promise<IpcResponse<'snapshots:list'>> => unwrap(await window.council.snapshots.list()),
  snapshotsRead: async (request: IpcRequest<'snapshots:read'>): Promise<IpcResponse<'snapshots:read'>> =>
    unwrap(await window.council.snapshots.read(request)),
  snapshotsFolder: async (): Promise<IpcResponse<'snapshots:folder'>> =>
    unwrap(await window.council.snapshots.folder()),
} satisfies Record<string, (request: never) => Promise<IpcResponse<Channel>>>;
