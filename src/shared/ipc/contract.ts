import type { ExportData } from '../domain/exchange/export-data';
import type { ReadWorkbookResult } from '../domain/exchange/workbook-rows';
import type { DomainIssue } from '../domain/issues/domain-issue';
import type { PackSummary } from '../domain/rubric/pack-summary';
import type { RubricCorrection, RubricPack, RubricSet } from '../domain/rubric/rubric-pack.schema';
import type { Channel } from './channels';

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
}

export type IpcRequest<C extends Channel> = IpcContract[C]['request'];
export type IpcResponse<C extends Channel> = IpcContract[C]['response'];
