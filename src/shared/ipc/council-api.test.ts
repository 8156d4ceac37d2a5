import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { z } from 'zod';
import { CHANNELS } from './channels';
import type { ExportData } from '../domain/exchange/export-data';
import type { ReadWorkbookResult } from '../domain/exchange/workbook-rows';
import type {
  ArchivedDocumentView,
  ChosenFolder,
  DocumentFile,
  DocumentJobStatus,
  IpcRequest,
  IpcResponse,
  WorkbookFile,
} from './contract';
import type { DocumentsStartRequest } from './documents-schemas';
import type { SnapshotInfo, SnapshotReason, SnapshotWriteResult } from './snapshots-schemas';
import { buildCouncilApi, type CouncilApi } from './council-api';
import type { IpcResult } from './result';
import type { REQUEST_SCHEMAS } from './schemas';

describe('buildCouncilApi', () => {
  it('offers one method per channel, grouped by area, that invokes exactly that channel', async () => {
    const invoke = vi.fn((channel: string, payload: unknown) => Promise.resolve({ channel, payload }));
    const api = buildCouncilApi(CHANNELS, invoke);
    expect(Object.keys(api).sort()).toEqual(['app', 'documents', 'exchange', 'rubric', 'snapshots']);
    expect(Object.keys(api['rubric'] ?? {}).sort()).toEqual(['getPack', 'getSet', 'import', 'list']);
    expect(Object.keys(api['exchange'] ?? {}).sort()).toEqual(['exportWorkbook', 'readWorkbook', 'template']);
    expect(Object.keys(api['documents'] ?? {}).sort()).toEqual([
      'cancel',
      'chooseFolder',
      'copyToFolder',
      'list',
      'open',
      'read',
      'start',
      'status',
    ]);
    expect(Object.keys(api['snapshots'] ?? {}).sort()).toEqual(['folder', 'list', 'read', 'write']);
    const getSet = api['rubric']?.['getSet'] as (payload: unknown) => Promise<unknown>;
    await expect(getSet({ pack: '26/2026', set: 11 })).resolves.toEqual({
      channel: 'rubric:get-set',
      payload: { pack: '26/2026', set: 11 },
    });
  });

  it('cannot be extended or altered by page scripts', () => {
    const api = buildCouncilApi(CHANNELS, () => Promise.resolve(null));
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api['rubric'])).toBe(true);
  });

  it('is self-contained, so the e2e fixture can inject its source text into a page', async () => {
    // The fixture does exactly this with the function's source text; here it proves the text stands alone.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const rebuilt = new Function(`return (${buildCouncilApi.toString()})`) as () => typeof buildCouncilApi;
    const standalone = rebuilt();
    const invoke = vi.fn(() => Promise.resolve('ok'));
    const api = standalone(CHANNELS, invoke);
    const info = api['app']?.['info'] as () => Promise<unknown>;
    await expect(info()).resolves.toBe('ok');
    expect(invoke).toHaveBeenCalledWith('app:info', undefined);
  });
});

describe('the IPC contract (type level)', () => {
  it('pins each channel’s request and response', () => {
    expectTypeOf<CouncilApi['rubric']['getSet']>().parameters.toEqualTypeOf<[IpcRequest<'rubric:get-set'>]>();
    expectTypeOf<CouncilApi['rubric']['list']>().parameters.toEqualTypeOf<[]>();
    expectTypeOf<CouncilApi['app']['info']>().returns.resolves.toEqualTypeOf<IpcResult<IpcResponse<'app:info'>>>();
    expectTypeOf<IpcRequest<'rubric:get-set'>>().toEqualTypeOf<{
      pack: string;
      version?: number | undefined;
      set: number;
    }>();
    expectTypeOf<CouncilApi['exchange']['template']>().parameters.toEqualTypeOf<[]>();
    expectTypeOf<CouncilApi['exchange']['template']>().returns.resolves.toEqualTypeOf<IpcResult<WorkbookFile>>();
    expectTypeOf<CouncilApi['exchange']['readWorkbook']>().parameters.toEqualTypeOf<
      [{ fileName: string; base64: string }]
    >();
    expectTypeOf<CouncilApi['exchange']['readWorkbook']>().returns.resolves.toEqualTypeOf<
      IpcResult<ReadWorkbookResult>
    >();
    expectTypeOf<CouncilApi['exchange']['exportWorkbook']>().parameters.toEqualTypeOf<[ExportData]>();
    expectTypeOf<CouncilApi['exchange']['exportWorkbook']>().returns.resolves.toEqualTypeOf<IpcResult<WorkbookFile>>();
    expectTypeOf<CouncilApi['documents']['start']>().parameters.toEqualTypeOf<[DocumentsStartRequest]>();
    expectTypeOf<CouncilApi['documents']['start']>().returns.resolves.toEqualTypeOf<IpcResult<DocumentJobStatus>>();
    expectTypeOf<CouncilApi['documents']['status']>().parameters.toEqualTypeOf<[{ jobId: string }]>();
    expectTypeOf<CouncilApi['documents']['cancel']>().returns.resolves.toEqualTypeOf<IpcResult<DocumentJobStatus>>();
    expectTypeOf<CouncilApi['documents']['chooseFolder']>().parameters.toEqualTypeOf<[]>();
    expectTypeOf<CouncilApi['documents']['chooseFolder']>().returns.resolves.toEqualTypeOf<
      IpcResult<ChosenFolder | null>
    >();
    expectTypeOf<CouncilApi['documents']['list']>().returns.resolves.toEqualTypeOf<
      IpcResult<readonly ArchivedDocumentView[]>
    >();
    expectTypeOf<CouncilApi['documents']['open']>().parameters.toEqualTypeOf<[{ sessionId: string; file: string }]>();
    expectTypeOf<CouncilApi['documents']['read']>().returns.resolves.toEqualTypeOf<IpcResult<DocumentFile>>();
    expectTypeOf<CouncilApi['documents']['copyToFolder']>().parameters.toEqualTypeOf<
      [{ sessionId: string; files: string[]; folderToken: string }]
    >();
    expectTypeOf<CouncilApi['snapshots']['write']>().parameters.toEqualTypeOf<
      [{ reason: SnapshotReason; text: string }]
    >();
    expectTypeOf<CouncilApi['snapshots']['write']>().returns.resolves.toEqualTypeOf<IpcResult<SnapshotWriteResult>>();
    expectTypeOf<CouncilApi['snapshots']['list']>().parameters.toEqualTypeOf<[]>();
    expectTypeOf<CouncilApi['snapshots']['list']>().returns.resolves.toEqualTypeOf<
      IpcResult<readonly SnapshotInfo[]>
    >();
    expectTypeOf<CouncilApi['snapshots']['read']>().parameters.toEqualTypeOf<[{ name: string }]>();
    expectTypeOf<CouncilApi['snapshots']['folder']>().returns.resolves.toEqualTypeOf<
      IpcResult<{ readonly path: string }>
    >();
  });

  it('validates payloads into exactly the request types handlers receive', () => {
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['rubric:get-set']>>().toEqualTypeOf<IpcRequest<'rubric:get-set'>>();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['rubric:get-pack']>>().toEqualTypeOf<
      IpcRequest<'rubric:get-pack'>
    >();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['rubric:import']>>().toEqualTypeOf<IpcRequest<'rubric:import'>>();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['rubric:list']>>().toEqualTypeOf<IpcRequest<'rubric:list'>>();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['exchange:template']>>().toEqualTypeOf<
      IpcRequest<'exchange:template'>
    >();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['exchange:read-workbook']>>().toEqualTypeOf<
      IpcRequest<'exchange:read-workbook'>
    >();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['exchange:export-workbook']>>().toEqualTypeOf<
      IpcRequest<'exchange:export-workbook'>
    >();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['documents:start']>>().toEqualTypeOf<
      IpcRequest<'documents:start'>
    >();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['documents:status']>>().toEqualTypeOf<
      IpcRequest<'documents:status'>
    >();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['documents:cancel']>>().toEqualTypeOf<
      IpcRequest<'documents:cancel'>
    >();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['documents:choose-folder']>>().toEqualTypeOf<
      IpcRequest<'documents:choose-folder'>
    >();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['documents:list']>>().toEqualTypeOf<IpcRequest<'documents:list'>>();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['documents:open']>>().toEqualTypeOf<IpcRequest<'documents:open'>>();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['documents:read']>>().toEqualTypeOf<IpcRequest<'documents:read'>>();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['documents:copy-to-folder']>>().toEqualTypeOf<
      IpcRequest<'documents:copy-to-folder'>
    >();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['snapshots:write']>>().toEqualTypeOf<
      IpcRequest<'snapshots:write'>
    >();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['snapshots:list']>>().toEqualTypeOf<IpcRequest<'snapshots:list'>>();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['snapshots:read']>>().toEqualTypeOf<IpcRequest<'snapshots:read'>>();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['snapshots:folder']>>().toEqualTypeOf<
      IpcRequest<'snapshots:folder'>
    >();
  });
});
