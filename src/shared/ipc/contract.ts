import type { ExportData } from '../domain/exchange/export-data';
import type { ReadWorkbookResult } from '../domain/exchange/workbook-rows';
import type { DomainIssue } from '../domain/issues/domain-issue';
import type { PackSummary } from '../domain/rubric/pack-summary';
import type { RubricCorrection, RubricPack, RubricSet } from '../domain/rubric/rubric-pack.schema';
import type { Channel } from './channels';
import type { DocumentsStartRequest } from './documents-schemas';
import type { SnapshotInfo, SnapshotReason, SnapshotWriteResult } from './snapshots-schemas';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** Where the app keeps its files (imported packs, later the archive). */
  readonly dataDir: string;
}

/** One product set of a pack, with what the viewer shows around it. */
export interface RubricSetView {
  readonly pack: Pick<
    RubricPack,
    'id' | 'version' | 'title' | 'legalBasis' | 'effectiveFrom' | 'effectiveTo' | 'parts' | 'provenance' | 'amendments'
  >;
  readonly set: RubricSet;
  readonly corrections: readonly RubricCorrection[];
}

export type RubricImportResult =
  | { readonly status: 'imported'; readonly pack: PackSummary }
  | { readonly status: 'rejected'; readonly issues: readonly DomainIssue[] };

/** An Excel file made by main, as base64 (Playwright bindings and IPC both carry strings well). */
export interface WorkbookFile {
  readonly fileName: string;
  readonly base64: string;
}

/** A generated PDF as the session's archive folder records it (documents.json). */
export interface GeneratedDocument {
  readonly file: string;
  readonly kind: string;
  readonly pages: number;
  readonly sha256: string;
  readonly bytes: number;
  readonly generatedAt: string;
  /** The finalised result version the document printed, or null (a session not finalised). */
  readonly resultVersion: number | null;
}

/** Whether an archived file still has the content its index recorded. */
export type DocumentIntegrity = 'ok' | 'changed' | 'missing';

export interface ArchivedDocumentView extends GeneratedDocument {
  readonly state: DocumentIntegrity;
}

export type DocumentJobState = 'preparing' | 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed';

/** Where a document job stands (the renderer polls it: the transport is invoke-only). */
export interface DocumentJobStatus {
  readonly jobId: string;
  readonly sessionId: string;
  readonly state: DocumentJobState;
  readonly done: number;
  readonly total: number;
  /** The file being made now. */
  readonly current: string | null;
  /** The files made, once the job is done (empty otherwise: a cancelled job keeps nothing). */
  readonly files: readonly GeneratedDocument[];
  /** The chosen folder the files were also saved to. */
  readonly folder: string | null;
  /** Why a failed job failed (English, for the log and the detail line). */
  readonly error: string | null;
}

/** A folder the user chose in main's dialog: the renderer names it only by its token. */
export interface ChosenFolder {
  readonly token: string;
  /** Shown to the user; never accepted back as a path. */
  readonly path: string;
}

/** A file from the archive, as base64. */
export interface DocumentFile {
  readonly fileName: string;
  readonly base64: string;
}

/** Each channel's request and response. Type-level tests pin this map. */
export interface IpcContract {
  'app:info': { request: undefined; response: AppInfo };
  'rubric:list': { request: undefined; response: readonly PackSummary[] };
  'rubric:get-set': { request: { pack: string; version?: number | undefined; set: number }; response: RubricSetView };
  /** A whole pack (every set), for checking a session@1 file and for member kits. */
  'rubric:get-pack': { request: { pack: string; version?: number | undefined }; response: RubricPack };
  'rubric:import': { request: { fileName: string; text: string }; response: RubricImportResult };
  'exchange:template': { request: undefined; response: WorkbookFile };
  'exchange:read-workbook': { request: { fileName: string; base64: string }; response: ReadWorkbookResult };
  'exchange:export-workbook': { request: ExportData; response: WorkbookFile };
  /** Starts a batch of documents for a session; poll documents:status with the job id. */
  'documents:start': { request: DocumentsStartRequest; response: DocumentJobStatus };
  'documents:status': { request: { jobId: string }; response: DocumentJobStatus };
  /** Stops the job after the file it is rendering; a cancelled job keeps no file anywhere. */
  'documents:cancel': { request: { jobId: string }; response: DocumentJobStatus };
  /** Main's folder dialog; null when the user cancels. */
  'documents:choose-folder': { request: undefined; response: ChosenFolder | null };
  /** The session's archived documents, each checked against its recorded SHA-256. */
  'documents:list': { request: { sessionId: string }; response: readonly ArchivedDocumentView[] };
  /** Opens an archived document in the system's PDF viewer (where the user prints it). */
  'documents:open': { request: { sessionId: string; file: string }; response: null };
  'documents:read': { request: { sessionId: string; file: string }; response: DocumentFile };
  /** Copies archived documents (those still intact) into a chosen folder. */
  'documents:copy-to-folder': {
    request: { sessionId: string; files: string[]; folderToken: string };
    response: { readonly folder: string; readonly copied: readonly string[]; readonly skipped: readonly string[] };
  };
  /** Writes an archive text as a snapshot (atomically, nothing left on failure), then rotates the folder. */
  'snapshots:write': { request: { reason: SnapshotReason; text: string }; response: SnapshotWriteResult };
  /** The snapshots in the folder, newest first. */
  'snapshots:list': { request: undefined; response: readonly SnapshotInfo[] };
  /** One snapshot's archive text, by a name from the list (never a path). */
  'snapshots:read': { request: { name: string }; response: { readonly name: string; readonly text: string } };
  /** The snapshots folder, shown to the user. */
  'snapshots:folder': { request: undefined; response: { readonly path: string } };
}

export type IpcRequest<C extends Channel> = IpcContract[C]['request'];
export type IpcResponse<C extends Channel> = IpcContract[C]['response'];
