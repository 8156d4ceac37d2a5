import { z } from 'zod';
import { communeCodeField, idField, optionalText, phoneField, requiredText, timestampField } from './fields';

/** Chủ thể: doanh nghiệp, hợp tác xã, tổ hợp tác, hộ kinh doanh. */
export const producerTypeSchema = z.enum(['enterprise', 'cooperative', 'cooperative-group', 'household-business']);
export const sexSchema = z.enum(['male', 'female']);

/** A producer (chủ thể). The representative's sex and ethnicity feed criterion 3.2 of the forms. */
export const producerSchema = z.strictObject({
  id: idField,
  name: requiredText(300),
  type: producerTypeSchema,
  representative: z.strictObject({
    name: requiredText(120),
    sex: sexSchema,
    /** "Kinh", "Thái", "Mông", "Dao", "Giáy", "Lự", … */
    ethnicity: requiredText(60),
  }),
  address: requiredText(300),
  communeCode: communeCodeField,
  phone: phoneField,
  /** Business, cooperative or household-business registration number. */
  registrationNumber: optionalText(60),
  createdAt: timestampField,
  updatedAt: timestampField,
});

export type ProducerType = z.infer<typeof producerTypeSchema>;
export type Sex = z.infer<typeof sexSchema>;
export type Producer = z.infer<typeof producerSchema>;
