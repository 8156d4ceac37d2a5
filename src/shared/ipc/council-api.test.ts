import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { z } from 'zod';
import { CHANNELS } from './channels';
import type { ExportData } from '../domain/exchange/export-data';
import type { ReadWorkbookResult } from '../domain/exchange/workbook-rows';
import type { IpcRequest, IpcResponse, WorkbookFile } from './contract';
import { buildCouncilApi, type CouncilApi } from './council-api';
import type { IpcResult } from './result';
import type { REQUEST_SCHEMAS } from './schemas';

describe('buildCouncilApi', () => {
  it('offers one method per channel, grouped by area, that invokes exactly that channel', async () => {
    const invoke = vi.fn((channel: string, payload: unknown) => Promise.resolve({ channel, payload }));
    const api = buildCouncilApi(CHANNELS, invoke);
    expect(Object.keys(api).sort()).toEqual(['app', 'exchange', 'rubric']);
    expect(Object.keys(api['rubric'] ?? {}).sort()).toEqual(['getPack', 'getSet', 'import', 'list']);
    expect(Object.keys(api['exchange'] ?? {}).sort()).toEqual(['exportWorkbook', 'readWorkbook', 'template']);
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
  });
});
