import { z } from 'zod';
import { profileIdSchema } from '../session/session-file.schema';
import { idField, isoDateField, optionalIsoDate, timestampField, yearField } from './fields';

export const roundStatusSchema = z.enum(['planned', 'open', 'closed']);

/** An evaluation round of the year (e.g. round 1 before 20/5, round 2 before 20/10). */
export const roundSchema = z.strictObject({
  id: idField,
  profile: profileIdSchema,
  year: yearField,
  number: z
    .number({ error: 'form.roundNumber' })
    .int({ error: 'form.roundNumber' })
    .min(1, { error: 'form.roundNumber' })
    .max(12, { error: 'form.roundNumber' }),
  /** The council scores the round before this day. */
  deadline: isoDateField,
  /** Dossiers must arrive by this day, when the regulation sets one. */
  dossiersBy: optionalIsoDate,
  status: roundStatusSchema,
  createdAt: timestampField,
  updatedAt: timestampField,
});

export type RoundStatus = z.infer<typeof roundStatusSchema>;
export type Round = z.infer<typeof roundSchema>;
