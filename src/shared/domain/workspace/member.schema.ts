import { z } from 'zod';
import { memberRoleSchema } from '../session/session-file.schema';
import {
  idField,
  isoDateField,
  optionalIsoDate,
  optionalText,
  phoneField,
  requiredText,
  timestampField,
} from './fields';

/** The council itself, or its helper group (Tổ giúp việc / Tổ tư vấn). */
export const bodySchema = z.enum(['council', 'helper-group']);
export const helperRoleSchema = z.enum(['leader', 'member']);

/** A person on the council or its helper group, for a period (members change between rounds). */
export const memberSchema = z
  .strictObject({
    id: idField,
    body: bodySchema,
    name: requiredText(120),
    /** Position at work: "Phó Chủ tịch UBND huyện", "Trưởng phòng Nông nghiệp". */
    title: optionalText(200),
    organisation: optionalText(200),
    /** Council members: chair / vice-chair / member / secretary. Helper group: leader / member. */
    role: z.union([memberRoleSchema, helperRoleSchema]),
    /** Whether the member fills score sheets (the secretary usually does not). */
    scores: z.boolean(),
    phone: phoneField,
    activeFrom: isoDateField,
    activeTo: optionalIsoDate,
    createdAt: timestampField,
    updatedAt: timestampField,
  })
  .refine((m) => m.activeTo === null || m.activeTo >= m.activeFrom, { error: 'form.dateOrder', path: ['activeTo'] })
  .refine(
    (m) =>
      m.body === 'council' ? memberRoleSchema.safeParse(m.role).success : helperRoleSchema.safeParse(m.role).success,
    {
      error: 'form.roleForBody',
      path: ['role'],
    },
  );

export type Body = z.infer<typeof bodySchema>;
export type HelperRole = z.infer<typeof helperRoleSchema>;
export type Member = z.infer<typeof memberSchema>;
