import { z } from 'zod';
import { parseIsoDate, type IsoDate } from '../dates/iso-date';

/**
 * Field schemas shared by the workspace records. Their messages are i18n keys under `issue.form.`, so a
 * form says in the user's language what is wrong with which field.
 */
export const requiredText = (max = 300) =>
  z.string({ error: 'form.required' }).trim().min(1, { error: 'form.required' }).max(max, { error: 'form.tooLong' });

export const optionalText = (max = 2000) => z.string({ error: 'form.text' }).trim().max(max, { error: 'form.tooLong' });

export const isoDateField = z
  .string({ error: 'form.date' })
  .refine((value) => parseIsoDate(value) !== null, { error: 'form.date' })
  .transform((value) => value as IsoDate);

export const optionalIsoDate = isoDateField.nullable();

export const idField = z.string().min(1).max(100);

export const yearField = z
  .number({ error: 'form.year' })
  .int({ error: 'form.year' })
  .min(2018, { error: 'form.year' })
  .max(2100, { error: 'form.year' });

export const countField = (max: number) =>
  z
    .number({ error: 'form.count' })
    .int({ error: 'form.count' })
    .min(0, { error: 'form.count' })
    .max(max, { error: 'form.count' });

/** A Vietnamese phone number: 10 digits starting 0 (spaces, dots and a +84 prefix allowed), or empty. */
export const phoneField = z
  .string({ error: 'form.phone' })
  .trim()
  .refine((value) => value === '' || /^(0|\+84)\d{9,10}$/.test(value.replace(/[\s.-]/g, '')), { error: 'form.phone' });

/** A commune code of the administrative unit list (5 digits), or empty when not known yet. */
export const communeCodeField = z
  .string({ error: 'form.communeCode' })
  .trim()
  .refine((value) => value === '' || /^\d{5}$/.test(value), { error: 'form.communeCode' });

export const timestampField = z.string().min(1).max(40);
