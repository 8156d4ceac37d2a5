import { z } from 'zod';
import { isoDateField, optionalText, requiredText, timestampField } from '../workspace/fields';
import { attemptSchema, memberRoleSchema, profileIdSchema, sessionRulesSchema } from '../session/session-file.schema';

/**
 * Where a council session stands: prepared (attendance, conflicts) → scoring (sealed sheets) → review
 * (revealed, spread review, re-score rounds) → confirmed by the chair → finalised (locked).
 */
export const sessionPhaseSchema = z.enum(['preparing', 'scoring', 'review', 'confirmed', 'finalised']);

const id = z.string().min(1).max(100);
const hex = z.string().regex(/^[0-9a-f]{64}$/);

/** A council member as the session saw them: who they were, whether present, whether they score. */
export const sessionMemberSchema = z.strictObject({
  memberId: id,
  name: requiredText(120),
  role: memberRoleSchema,
  title: optionalText(300),
  scores: z.boolean(),
  present: z.boolean(),
  /** SHA-256 of the member's PIN for the member picker, or null when the member set none. */
  pinHash: hex.nullable(),
  /** The key that authenticates this member's sheet packets from their own laptop (hex, 32 bytes). */
  packetKey: hex,
});

/** A declared conflict of interest: the member is recused for that product. */
export const conflictSchema = z.strictObject({ memberId: id, note: optionalText(1000) });

/** A product as the session saw it (name, set, producer at the time of the meeting). */
export const sessionProductSchema = z.strictObject({
  productId: id,
  dossierId: id.nullable(),
  name: requiredText(300),
  productSet: z.number().int().min(1).max(99),
  producerName: requiredText(300),
  code: optionalText(60),
  attempt: attemptSchema,
  conflicts: z.array(conflictSchema).max(200),
  /** The reason the dossier or the product was excluded (pre-check or a knockout during the meeting). */
  disqualified: z.string().min(1).max(2000).nullable(),
  /** The round its sheets are being scored in: 1, then 2, 3… when the spread rule re-scores it. */
  round: z.number().int().min(1).max(99),
});

/** A council scoring session of a round: everything needed to score, review and finalise it. */
export const councilSessionSchema = z.strictObject({
  id,
  councilName: requiredText(300),
  roundId: id.nullable(),
  title: requiredText(300),
  profile: profileIdSchema,
  /** The rubric pack (and version) the sheets are scored with: frozen for the life of the session. */
  pack: z.strictObject({ id: z.string().min(1).max(40), version: z.number().int().min(1) }),
  rules: sessionRulesSchema,
  date: isoDateField,
  place: optionalText(200),
  members: z.array(sessionMemberSchema).min(1).max(200),
  products: z.array(sessionProductSchema).max(2000),
  phase: sessionPhaseSchema,
  /** When the chair opened the sealed sheets before every member had sealed (null: not opened). */
  revealedAt: timestampField.nullable(),
  confirmation: z.strictObject({ by: id, at: timestampField, note: optionalText(2000) }).nullable(),
  finalisedAt: timestampField.nullable(),
  /** A session made from another laptop's member kit: only that member scores here. */
  remoteMember: id.nullable(),
  createdAt: timestampField,
  updatedAt: timestampField,
});

export type SessionPhase = z.infer<typeof sessionPhaseSchema>;
export type SessionMemberSnapshot = z.infer<typeof sessionMemberSchema>;
export type SessionProductSnapshot = z.infer<typeof sessionProductSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type CouncilSession = z.infer<typeof councilSessionSchema>;
