import { z } from 'zod';
import { parseProductCode } from '../certificates/product-code';
import { idField, optionalText, requiredText, timestampField } from './fields';

/** A product code `(T)-(X)-(STT)-(year)`, or empty until the council assigns one. */
export const productCodeField = z
  .string({ error: 'form.productCode' })
  .trim()
  .refine((value) => value === '' || parseProductCode(value).ok, { error: 'form.productCode' });

/** A product registered by a producer, scored on the form of its product set (1–26). */
export const productSchema = z.strictObject({
  id: idField,
  name: requiredText(300),
  productSet: z
    .number({ error: 'form.productSet' })
    .int({ error: 'form.productSet' })
    .min(1, { error: 'form.productSet' })
    .max(26, { error: 'form.productSet' }),
  producerId: idField,
  code: productCodeField,
  description: optionalText(4000),
  createdAt: timestampField,
  updatedAt: timestampField,
});

export type Product = z.infer<typeof productSchema>;
