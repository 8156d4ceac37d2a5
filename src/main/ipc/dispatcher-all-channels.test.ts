/**
 * The IPC boundary, channel by channel: every channel of the contract (iterated from CHANNELS, never listed
 * by hand) refuses foreign senders and malformed payloads before its handler runs. Senders go through the
 * real registerIpc (ipcMain mocked) so the frame check itself is exercised, not only the dispatcher's flag.
 */
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/result';
import { REQUEST_SCHEMAS } from '../../shared/ipc/schemas';
import { APP_ENTRY_URL, APP_ORIGIN } from '../security/navigation';
import { createDispatcher } from './dispatcher';
import { registerIpc } from './register-ipc';
import { SAMPLE_REQUESTS } from './sample-requests';

/** What registerIpc handed to ipcMain.handle, in order. */
const registrations = vi.hoisted(() => [] as [channel: string, listener: unknown][]);
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: unknown) => registrations.push([channel, listener]) },
}));

type Path = readonly (string | number)[];
type Listener = (event: { senderFrame: Frame | null }, payload: unknown) => Promise<IpcResult<unknown>>;
interface Frame {
  readonly url: string;
}

/** Larger than any string field accepts, but for the few listed in BIG_TEXT_FIELDS. */
const HUGE = 'A'.repeat(64 * 1024 * 1024);

/**
 * Fields meant to carry more text than HUGE (a whole archive): a string past their bound would not fit a
 * unit test's memory, so for these the test reads the bound the schema declares instead (it must be finite).
 */
const BIG_TEXT_FIELDS: readonly string[] = ['snapshots:write.text'];

/** The maxLength a top-level string field of `channel`'s object schema declares (null: none). */
function declaredMaxLength(channel: Channel, key: string): number | null {
  const schema = REQUEST_SCHEMAS[channel] as unknown as { shape?: Record<string, { maxLength?: number | null }> };
  return schema.shape?.[key]?.maxLength ?? null;
}

function handlerMocks(): Record<Channel, Mock> {
  return Object.fromEntries(CHANNELS.map((channel) => [channel, vi.fn((request: unknown) => ({ request }))])) as Record<
    Channel,
    Mock
  >;
}

function sample(channel: Channel): unknown {
  if (!Object.hasOwn(SAMPLE_REQUESTS, channel)) {
    throw new Error(`${channel} has no valid sample in sample-requests.ts: add one so its refusals are tested`);
  }
  return structuredClone(SAMPLE_REQUESTS[channel]);
}

const takesPayload = (channel: Channel): boolean => !REQUEST_SCHEMAS[channel].safeParse(undefined).success;

/** Every path from the root of `value` to a string in it. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  }
  return [];
}

/** A copy of `value` with the node at `path` replaced. */
function replaced(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
  (parent as Record<string | number, unknown>)[path.at(-1) ?? ''] = replacement;
  return copy;
}

/** A value of another type than `value` (a nullable field gets a number: no nullable field takes one). */
function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string' || value === null) return 12345;
  if (typeof value === 'number') return '12345';
  if (typeof value === 'boolean') return 'true';
  if (Array.isArray(value)) return { length: 0 };
  return 'not an object';
}

/** `sample`'s JSON text with `prefix` inserted as its first keys, parsed as main would receive it. */
function withJsonKeys(sampleValue: unknown, prefix: string): unknown {
  const body = JSON.stringify(sampleValue ?? {}).slice(1, -1);
  return JSON.parse(`{${prefix}${body === '' ? '' : `,${body}`}}`) as unknown;
}

function expectRefused(result: IpcResult<unknown>, code: 'forbidden' | 'invalid-payload', handler: Mock): void {
  expect(result).toMatchObject({
    ok: false,
    error: { code, key: code === 'forbidden' ? 'issue.ipc.forbidden' : 'issue.ipc.invalidPayload' },
  });
  expect(handler).not.toHaveBeenCalled();
  // The error is for logs and the UI: it never echoes a (possibly huge) payload back.
  expect(JSON.stringify(result).length).toBeLessThan(64 * 1024);
}

let handlers: Record<Channel, Mock>;
beforeEach(() => {
  handlers = handlerMocks();
  registrations.length = 0;
});

const dispatch = (channel: unknown, payload: unknown, trusted = true) =>
  createDispatcher(handlers)({ trusted }, channel, payload);

describe('the channel list and its samples', () => {
  it('registers exactly the channels of the contract with ipcMain, each once', () => {
    registerIpc(createDispatcher(handlers), () => null, [APP_ORIGIN]);
    expect(registrations.map(([channel]) => channel)).toEqual([...CHANNELS]);
    expect(Object.keys(REQUEST_SCHEMAS).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS)('%s has a valid sample that reaches its handler from the app window', async (channel) => {
    const request = sample(channel);
    // The schema changed under the sample? The issues say which field to update in sample-requests.ts.
    expect(REQUEST_SCHEMAS[channel].safeParse(request).error?.issues ?? []).toEqual([]);
    const result = await dispatch(channel, request);
    expect(result.ok).toBe(true);
    expect(handlers[channel]).toHaveBeenCalledOnce();
  });
});

/** A sender and the window it would be checked against (window null: the app window is closed). */
interface SenderCase {
  readonly name: string;
  readonly sender: () => Frame | null;
  readonly window: (sender: Frame | null) => { webContents: { mainFrame: Frame } } | null;
}

const asMainFrame = (sender: Frame | null) => (sender ? { webContents: { mainFrame: sender } } : null);
const FOREIGN_SENDERS: readonly SenderCase[] = [
  {
    name: 'an iframe of the app window showing the app’s own page',
    sender: () => ({ url: APP_ENTRY_URL }),
    window: () => ({ webContents: { mainFrame: { url: APP_ENTRY_URL } } }),
  },
  {
    name: 'the main frame after it was navigated to a remote page',
    sender: () => ({ url: 'https://example.com/' }),
    window: asMainFrame,
  },
  {
    name: 'the main frame showing a file:// page',
    sender: () => ({ url: 'file:///tmp/evil.html' }),
    window: asMainFrame,
  },
  {
    name: 'the main frame on another app:// host',
    sender: () => ({ url: 'app://other/index.html' }),
    window: asMainFrame,
  },
  {
    name: 'the main frame on a dev server the build does not trust',
    sender: () => ({ url: 'http://localhost:5173/' }),
    window: asMainFrame,
  },
  { name: 'the main frame on about:blank', sender: () => ({ url: 'about:blank' }), window: asMainFrame },
  {
    name: 'a frame that is already gone',
    sender: () => null,
    window: () => ({ webContents: { mainFrame: { url: APP_ENTRY_URL } } }),
  },
  { name: 'the app page once the app window is closed', sender: () => ({ url: APP_ENTRY_URL }), window: () => null },
];

describe.each(CHANNELS)('%s', (channel) => {
  function registered(caseWindow: ReturnType<SenderCase['window']>): Listener {
    registerIpc(createDispatcher(handlers), () => caseWindow as never, [APP_ORIGIN]);
    const call = registrations.find(([name]) => name === channel);
    if (!call) throw new Error(`${channel} was not registered`);
    return call[1] as Listener;
  }

  it('answers the main frame of the app window on the app’s own page (the control for the refusals)', async () => {
    const main = { url: APP_ENTRY_URL };
    const result = await registered({ webContents: { mainFrame: main } })({ senderFrame: main }, sample(channel));
    expect(result.ok).toBe(true);
    expect(handlers[channel]).toHaveBeenCalledOnce();
  });

  it.each(FOREIGN_SENDERS)('refuses $name without running the handler', async ({ sender, window }) => {
    const frame = sender();
    const result = await registered(window(frame))({ senderFrame: frame }, sample(channel));
    expectRefused(result, 'forbidden', handlers[channel]);
  });

  it('refuses an untrusted sender before it looks at the payload (no schema details leak to it)', async () => {
    expectRefused(await dispatch(channel, { junk: HUGE }, false), 'forbidden', handlers[channel]);
  });

  const wrongTypes: readonly [string, unknown][] = takesPayload(channel)
    ? [
        ['nothing', undefined],
        ['null', null],
        ['a number', 42],
        ['a boolean', true],
        ['a string', 'payload'],
        ['a huge string', HUGE],
        ['an array holding the valid request', [SAMPLE_REQUESTS[channel]]],
      ]
    : [
        // A channel without a request refuses anything sent along: the dispatcher defines it as `undefined`.
        ['null', null],
        ['a number', 0],
        ['a boolean', false],
        ['an empty string', ''],
        ['a huge string', HUGE],
        ['an array', []],
        ['an empty object', {}],
        ['an object with a key', { all: true }],
      ];

  it.each(wrongTypes)('refuses a payload that is %s', async (_name, payload) => {
    expectRefused(await dispatch(channel, payload), 'invalid-payload', handlers[channel]);
  });

  it.each([
    ['__proto__', '"__proto__":{"polluted":"yes","trusted":true}'],
    ['constructor.prototype', '"constructor":{"prototype":{"polluted":"yes"}}'],
    ['prototype', '"prototype":{"polluted":"yes"}'],
  ])('refuses a %s key written in the JSON text, and nothing gets polluted', async (_name, keys) => {
    const payload = withJsonKeys(sample(channel), keys);
    expect(Object.keys(payload as object)).toContain(keys.slice(1, keys.indexOf('"', 1)));
    expectRefused(await dispatch(channel, payload), 'invalid-payload', handlers[channel]);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>)['trusted']).toBeUndefined();
  });

  // The three checks below need fields to change; a channel without a request is covered by `wrongTypes`.
  if (!takesPayload(channel)) return;

  it('refuses the valid request with an unknown key added', async () => {
    const payload = { ...(sample(channel) as object), path: '../../etc/passwd' };
    expectRefused(await dispatch(channel, payload), 'invalid-payload', handlers[channel]);
  });

  it('refuses the valid request with any of its fields of the wrong type', async () => {
    const request = sample(channel) as Record<string, unknown>;
    expect(Object.keys(request).length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(request)) {
      const result = await dispatch(channel, { ...request, [key]: wrongTypeFor(value) });
      expect(result, `${channel}.${key} as ${typeof wrongTypeFor(value)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it('refuses the valid request with a huge string in any of its text fields', async () => {
    const paths = stringPaths(sample(channel));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const field = `${channel}.${path.join('.')}`;
      if (BIG_TEXT_FIELDS.includes(field)) {
        const max = declaredMaxLength(channel, String(path[0]));
        expect(max, `${field} declares a finite bound above HUGE`).toBeGreaterThan(HUGE.length);
        expect(Number.isFinite(max)).toBe(true);
        continue;
      }
      const result = await dispatch(channel, replaced(sample(channel), path, HUGE));
      expect(result, field).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      expect(JSON.stringify(result).length).toBeLessThan(64 * 1024);
    }
    expect(handlers[channel]).not.toHaveBeenCalled();
  });
});
