import { z } from 'zod';
import { countField, timestampField, yearField } from './fields';

/** The year's plan: how many products to evaluate for the first time, upgrade and re-evaluate. */
export const planTargetSchema = z.strictObject({
  year: yearField,
  firstEvaluations: countField(10000),
  upgrades: countField(10000),
  reEvaluations: countField(10000),
  updatedAt: timestampField,
});

export type PlanTarget = z.infer<typeof planTargetSchema>;
