import { z } from 'zod';
import { idField, isoDateField, optionalIsoDate, optionalText, requiredText, timestampField } from './fields';

/**
 * A recognition certificate (giấy chứng nhận). It has legal weight: never edited in place; a correction is
 * a new certificate whose `replaces` names the old one.
 */
export const certificateSchema = z.strictObject({
  id: idField,
  productId: idField,
  stars: z
    .number({ error: 'form.stars' })
    .int({ error: 'form.stars' })
    .min(3, { error: 'form.stars' })
    .max(5, { error: 'form.stars' }),
  /** The mean score it was recognised with, when known. */
  score: z.number().min(0).max(100).nullable(),
  decisionNumber: requiredText(60),
  decisionDate: isoDateField,
  /** "UBND huyện Tam Đường", "Chủ tịch UBND tỉnh Lai Châu". */
  issuer: requiredText(200),
  certificateNumber: requiredText(60),
  /** Decision date + 36 months (computed when the certificate is recorded). */
  validUntil: isoDateField,
  /** When the holder applied for re-evaluation, if they did. */
  reEvaluationAppliedOn: optionalIsoDate,
  replaces: idField.nullable(),
  note: optionalText(),
  createdAt: timestampField,
});

/** Revocation grounds of QĐ 26/2026 art. 8: 1 forged dossier, 2 no longer meets criteria, 3 violations
 * (quality, food safety, environment, IP, labelling), 4 misuse of the OCOP mark, 5 production stopped,
 * 6 conclusions of another authority. Titles come from i18n (`products.revocationGround.<n>`). */
export const REVOCATION_GROUNDS = [1, 2, 3, 4, 5, 6] as const;

/** A revocation decision (thu hồi): a record of its own, pointing at the certificate it revokes. */
export const revocationSchema = z.strictObject({
  id: idField,
  certificateId: idField,
  ground: z
    .number({ error: 'form.revocationGround' })
    .int()
    .min(1, { error: 'form.revocationGround' })
    .max(6, { error: 'form.revocationGround' }),
  decisionNumber: requiredText(60),
  date: isoDateField,
  note: optionalText(),
  createdAt: timestampField,
});

export type Certificate = z.infer<typeof certificateSchema>;
export type Revocation = z.infer<typeof revocationSchema>;
