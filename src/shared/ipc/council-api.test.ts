import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { z } from 'zod';
import { CHANNELS } from './channels';
import type { IpcRequest, IpcResponse } from './contract';
import { buildCouncilApi, type CouncilApi } from './council-api';
import type { IpcResult } from './result';
import type { REQUEST_SCHEMAS } from './schemas';

describe('buildCouncilApi', () => {
  it('offers one method per channel, grouped by area, that invokes exactly that channel', async () => {
    const invoke = vi.fn((channel: string, payload: unknown) => Promise.resolve({ channel, payload }));
    const api = buildCouncilApi(CHANNELS, invoke);
    expect(Object.keys(api).sort()).toEqual(['app', 'rubric']);
    expect(Object.keys(api['rubric'] ?? {}).sort()).toEqual(['getSet', 'import', 'list']);
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
  });

  it('validates payloads into exactly the request types handlers receive', () => {
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['rubric:get-set']>>().toEqualTypeOf<IpcRequest<'rubric:get-set'>>();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['rubric:import']>>().toEqualTypeOf<IpcRequest<'rubric:import'>>();
    expectTypeOf<z.output<(typeof REQUEST_SCHEMAS)['rubric:list']>>().toEqualTypeOf<IpcRequest<'rubric:list'>>();
  });
});
