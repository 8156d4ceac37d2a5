import { z } from 'zod';
import { PRODUCT_STATUSES } from '../scoring/compute-results';

const stars = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const id = z.string().min(1).max(200);

/**
 * One product's computed result (`ProductResult` of compute-results) as it travels in a file or over IPC:
 * the archive's result versions and the documents' finalised results use this one schema.
 */
export const productResultSchema = z.strictObject({
  id,
  round: z.number().int().min(1).nullable(),
  memberTotals: z.record(id, z.number()),
  mean: z.number().nullable(),
  partMeans: z.strictObject({ A: z.number(), B: z.number(), C: z.number() }).nullable(),
  spread: z.number().nullable(),
  spreadFlag: z.boolean(),
  bandStars: stars.nullable(),
  stars: stars.nullable(),
  blockingCriteria: z.array(z.string().max(40)).max(400),
  status: z.enum(PRODUCT_STATUSES),
});
