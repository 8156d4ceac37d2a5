import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '../domain/exchange/workbook-rows';
import { certificateSchema, revocationSchema } from '../domain/workspace/certificate.schema';
import { councilSchema } from '../domain/workspace/council.schema';
import { dossierSchema } from '../domain/workspace/dossier.schema';
import { isoDateField } from '../domain/workspace/fields';
import { memberSchema } from '../domain/workspace/member.schema';
import { planTargetSchema } from '../domain/workspace/plan-target.schema';
import { producerSchema } from '../domain/workspace/producer.schema';
import { productSchema } from '../domain/workspace/product.schema';
import { roundSchema } from '../domain/workspace/round.schema';
import type { Channel } from './channels';
import { DOCUMENT_REQUEST_SCHEMAS } from './documents-schemas';
import { SNAPSHOT_REQUEST_SCHEMAS } from './snapshots-schemas';

/** Base64 of a file a little over the import limit, so the import itself can say "too large" kindly. */
const MAX_WORKBOOK_BASE64 = Math.ceil(((MAX_IMPORT_BYTES + 2 * 1024 * 1024) * 4) / 3);

/** Most records per register an export carries (far above a province's registers). */
const MAX_EXPORT_RECORDS = 50_000;

/** Main parses every payload with these before a handler sees it; the renderer is untrusted. */
export const REQUEST_SCHEMAS = {
  'app:info': z.undefined(),
  'rubric:list': z.undefined(),
  'rubric:get-set': z.strictObject({
    pack: z.string().min(1).max(40),
    version: z.number().int().min(1).max(100000).optional(),
    set: z.number().int().min(1).max(99),
  }),
  'rubric:get-pack': z.strictObject({
    pack: z.string().min(1).max(40),
    version: z.number().int().min(1).max(100000).optional(),
  }),
  'rubric:import': z.strictObject({
    fileName: z.string().min(1).max(500),
    // 20 MB of text: the import itself reports a friendlier "too large" below this.
    text: z.string().max(21 * 1024 * 1024),
  }),
  'exchange:template': z.undefined(),
  'exchange:read-workbook': z.strictObject({
    fileName: z.string().min(1).max(500),
    base64: z
      .string()
      .max(MAX_WORKBOOK_BASE64)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  }),
  'exchange:export-workbook': z.strictObject({
    today: isoDateField,
    council: councilSchema.nullable(),
    members: z.array(memberSchema).max(5_000),
    producers: z.array(producerSchema).max(MAX_EXPORT_RECORDS),
    products: z.array(productSchema).max(MAX_EXPORT_RECORDS),
    dossiers: z.array(dossierSchema).max(MAX_EXPORT_RECORDS),
    rounds: z.array(roundSchema).max(5_000),
    certificates: z.array(certificateSchema).max(MAX_EXPORT_RECORDS),
    revocations: z.array(revocationSchema).max(MAX_EXPORT_RECORDS),
    planTargets: z.array(planTargetSchema).max(200),
  }),
  ...DOCUMENT_REQUEST_SCHEMAS,
  ...SNAPSHOT_REQUEST_SCHEMAS,
} as const satisfies Record<Channel, z.ZodType>;
