/**
 * Every IPC channel, `area:action`. The preload and the e2e fixture build `window.council` from this list;
 * main registers exactly these. Adding a channel means adding it here, in contract.ts and schemas.ts.
 */
export const CHANNELS = [
  'app:info',
  'rubric:list',
  'rubric:get-set',
  'rubric:get-pack',
  'rubric:import',
  'exchange:template',
  'exchange:read-workbook',
  'exchange:export-workbook',
  'documents:start',
  'documents:status',
  'documents:cancel',
  'documents:choose-folder',
  'documents:list',
  'documents:open',
  'documents:read',
  'documents:copy-to-folder',
  'snapshots:write',
  'snapshots:list',
  'snapshots:read',
  'snapshots:folder',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
