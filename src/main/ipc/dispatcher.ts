import { isChannel, type Channel } from '../../shared/ipc/channels';
import type { IpcRequest, IpcResponse } from '../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../shared/ipc/result';
import { REQUEST_SCHEMAS } from '../../shared/ipc/schemas';

/** A handler per channel: plain functions, registered by Electron and by the e2e fixture alike. */
export type HandlerMap = { [C in Channel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> | IpcResponse<C> };

/** What the transport knows about who sent a request. */
export interface Sender {
  /** True only for the main frame of the app's own window, showing the app's own page. */
  readonly trusted: boolean;
}

export type Dispatch = (sender: Sender, channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;

function failure(
  code: IpcError['code'],
  message: string,
  key: string,
  params: IpcError['params'] = {},
): IpcResult<never> {
  return { ok: false, error: { code, message, key, params } };
}

/**
 * Wraps a handler map: refuses senders that are not our window's main frame and unknown channels,
 * parses the payload with the channel's zod schema, runs the handler, and returns `{ ok, data | error }`
 * (never throws across the boundary).
 */
export function createDispatcher(handlers: HandlerMap, log: (message: string) => void = () => undefined): Dispatch {
  return async (sender, channel, payload) => {
    if (!sender.trusted) {
      log(`refused a request from an untrusted sender on ${String(channel)}`);
      return failure('forbidden', 'sender is not the app window', 'issue.ipc.forbidden');
    }
    if (!isChannel(channel)) {
      return failure('unknown-channel', `unknown channel ${String(channel)}`, 'issue.ipc.unknownChannel', {
        channel: String(channel).slice(0, 60),
      });
    }
    const parsed = REQUEST_SCHEMAS[channel].safeParse(payload);
    if (!parsed.success) {
      return failure(
        'invalid-payload',
        `invalid payload on ${channel}: ${parsed.error.message}`,
        'issue.ipc.invalidPayload',
      );
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      log(`handler ${channel} failed: ${detail}`);
      return failure('failed', detail, 'issue.ipc.failed', { detail });
    }
  };
}
