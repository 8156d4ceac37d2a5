import type { Channel } from './channels';
import type { IpcRequest, IpcResponse } from './contract';
import type { IpcResult } from './result';

type AreaOf<C extends string> = C extends `${infer Area}:${string}` ? Area : never;
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
type ActionOf<C extends string> = C extends `${string}:${infer Action}` ? CamelCase<Action> : never;

type Method<C extends Channel> =
  IpcRequest<C> extends undefined
    ? () => Promise<IpcResult<IpcResponse<C>>>
    : (request: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>>;

/** `window.council`: one method per channel, grouped by area (`rubric:get-set` → `council.rubric.getSet`). */
export type CouncilApi = {
  [A in AreaOf<Channel>]: { [C in Channel as AreaOf<C> extends A ? ActionOf<C> : never]: Method<C> };
};

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * Builds `window.council` from the channel list. Used by the preload (over ipcRenderer.invoke) and by the
 * e2e fixture (over a Playwright binding), so both expose the same surface. It must stay self-contained
 * (no imports, no outer variables): the fixture injects its source text into the page.
 */
export function buildCouncilApi(channels: readonly string[], invoke: Invoke): Record<string, Record<string, unknown>> {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of channels) {
    const [area = '', action = ''] = channel.split(':');
    const method = action.replace(/-([a-z])/g, (_match: string, letter: string) => letter.toUpperCase());
    const group = api[area] ?? (api[area] = {});
    group[method] = (payload?: unknown) => invoke(channel, payload);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api);
}
