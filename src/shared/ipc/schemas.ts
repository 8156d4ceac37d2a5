import { z } from 'zod';
import type { Channel } from './channels';

/** Main parses every payload with these before a handler sees it; the renderer is untrusted. */
export const REQUEST_SCHEMAS = {
  'app:info': z.undefined(),
  'rubric:list': z.undefined(),
  'rubric:get-set': z.strictObject({
    pack: z.string().min(1).max(40),
    version: z.number().int().min(1).max(100000).optional(),
    set: z.number().int().min(1).max(99),
  }),
  'rubric:import': z.strictObject({
    fileName: z.string().min(1).max(500),
    // 20 MB of text: the import itself reports a friendlier "too large" below this.
    text: z.string().max(21 * 1024 * 1024),
  }),
} as const satisfies Record<Channel, z.ZodType>;
