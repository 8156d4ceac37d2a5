import { z } from 'zod';

/** The session interchange format (`ocop-council/session@1`, docs in shared/formats/session-v1.md). */
export const SESSION_FORMAT = 'ocop-council/session@1';

export const profileIdSchema = z.enum(['district-2023', 'province-2025', 'province-2026']);
export const markerRuleSchema = z.enum(['majority', 'mean', 'all']);
export const memberRoleSchema = z.enum(['chair', 'vice-chair', 'member', 'secretary']);
export const attemptSchema = z.enum(['first', 'upgrade', 're-evaluation']);

const id = z.string().min(1).max(100);
const name = z.string().min(1).max(500);

/** One choice on a sheet: an option index, `{variant, option}` for variant lists, or null ("none applies"). */
export const choiceSchema = z.union([
  z.number().int().min(0).max(99),
  z.strictObject({ variant: z.string().min(1).max(10), option: z.number().int().min(0).max(99) }),
  z.null(),
]);

export const sessionRulesSchema = z.strictObject({
  spreadThreshold: z.number().min(0).max(100).default(10),
  quorumFraction: z.number().gt(0).max(1).default(0.75),
  chairRequired: z.boolean().default(true),
  markerRule: markerRuleSchema.default('majority'),
});

export const sessionMemberSchema = z.strictObject({
  id,
  name,
  role: memberRoleSchema,
  present: z.boolean(),
  scores: z.boolean().default(true),
});

export const sessionProductSchema = z.strictObject({
  id,
  name,
  productSet: z.number().int().min(1).max(99),
  producer: name,
  attempt: attemptSchema,
  recused: z.array(id).max(200).default([]),
  disqualified: z.string().min(1).max(2000).nullable().default(null),
});

export const sessionSheetSchema = z.strictObject({
  member: id,
  product: id,
  round: z.number().int().min(1).max(99),
  choices: z.record(z.string().min(1).max(40), choiceSchema),
});

export const sessionFileSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  profile: profileIdSchema,
  rubric: z.string().min(1).max(40),
  rules: sessionRulesSchema.default({
    spreadThreshold: 10,
    quorumFraction: 0.75,
    chairRequired: true,
    markerRule: 'majority',
  }),
  council: z.strictObject({ name, members: z.array(sessionMemberSchema).min(1).max(500) }),
  products: z.array(sessionProductSchema).max(5000),
  sheets: z.array(sessionSheetSchema).max(500000),
});

export type ProfileId = z.infer<typeof profileIdSchema>;
export type MarkerRule = z.infer<typeof markerRuleSchema>;
export type MemberRole = z.infer<typeof memberRoleSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type SessionRules = z.infer<typeof sessionRulesSchema>;
export type SessionMember = z.infer<typeof sessionMemberSchema>;
export type SessionProduct = z.infer<typeof sessionProductSchema>;
export type SessionSheet = z.infer<typeof sessionSheetSchema>;
export type SessionFile = z.infer<typeof sessionFileSchema>;
/** A session as a producer writes it (defaults not yet applied). */
export type SessionFileInput = z.input<typeof sessionFileSchema>;
