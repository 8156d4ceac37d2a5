import { z } from 'zod';

/**
 * The rubric pack file format (`ocop-council/rubric-pack@1`): one regulation's 26 scoring forms as data.
 * Structural shape only; the arithmetic rules (sums, markers) are checked by `checkPackRules`.
 */
export const RUBRIC_PACK_FORMAT = 'ocop-council/rubric-pack@1';
/** A file that replaces one set of an existing pack (e.g. a completed 148 set 11). */
export const RUBRIC_SET_FORMAT = 'ocop-council/rubric-set@1';

const text = z.string().min(1).max(4000);
const longText = z.string().max(20000);
const points = z.number().int().min(0).max(100);

export const partIdSchema = z.enum(['A', 'B', 'C']);
export const starLevelSchema = z.union([z.literal(3), z.literal(4), z.literal(5)]);

export const rubricOptionSchema = z.strictObject({
  text,
  points,
  /** The star level (3, 4 or 5) whose minimum this option is (printed ***, ****, *****). */
  marker: starLevelSchema.optional(),
  /** The option itself is an inference of the transcription (not printed in the source). */
  inferred: z.literal(true).optional(),
  /** What the transcription changed in this option, in words. */
  correction: text.optional(),
  note: text.optional(),
});

export const rubricVariantSchema = z.strictObject({
  id: z.string().regex(/^[a-z]$/),
  text,
  options: z.array(rubricOptionSchema).min(1).max(12),
});

export const minPointsForStarSchema = z.strictObject({
  '3': points.optional(),
  '4': points.optional(),
  '5': points.optional(),
});

export const rubricCriterionSchema = z.strictObject({
  /** Criterion id exactly as in the source catalogue, e.g. "A-1.1", "C-6.1.2". */
  id: z.string().regex(/^[ABC]-\d+(\.\d+)*$/),
  part: partIdSchema,
  sectionId: z.string().regex(/^\d+$/),
  number: z.string().regex(/^\d+(\.\d+)*$/),
  text,
  maxPoints: points,
  /** The heading a sub-criterion belongs to (e.g. "6.1 Ngoại hình", 4 points). */
  parent: z.strictObject({ number: z.string(), text, maxPoints: points }).optional(),
  options: z.array(rubricOptionSchema).min(1).max(12).optional(),
  /** Alternative option lists; the member picks one variant, then one option (tourism set 26). */
  variants: z.array(rubricVariantSchema).min(2).max(6).optional(),
  minPointsForStar: minPointsForStarSchema,
  /** A star marker printed on the criterion heading instead of on an option (148 forms). */
  headingMarker: starLevelSchema.optional(),
  inferred: z.boolean(),
  corrected: z.boolean(),
  notes: z.array(text).max(20),
});

export const rubricSectionSchema = z.strictObject({
  part: partIdSchema,
  id: z.string().regex(/^\d+$/),
  title: text,
  maxPoints: points,
  notes: z.array(text).max(20),
});

export const rubricSetSchema = z.strictObject({
  no: z.number().int().min(1).max(99),
  code: z.string().min(1).max(40),
  name: text,
  group: z.strictObject({ code: z.string().min(1).max(20), name: text }),
  subgroup: z.strictObject({ code: z.string().min(1).max(20), name: text }),
  formHeader: text.nullable(),
  sampleRequired: z.boolean(),
  /** false when the form does not add up (e.g. 148 sets 11–13): shown, never scored. */
  complete: z.boolean(),
  disqualifiers: z.array(text).max(20),
  notes: z.array(text).max(20),
  sections: z.array(rubricSectionSchema).min(3).max(40),
  criteria: z.array(rubricCriterionSchema).min(1).max(80),
});

export const rubricCorrectionSchema = z.strictObject({
  set: z.number().int().min(1).max(99),
  criterion: z.string().min(1).max(40),
  kind: z.enum(['corrected', 'inferred']),
  description: text,
  reason: text.optional(),
});

export const rubricPartSchema = z.strictObject({ part: partIdSchema, name: text, maxPoints: points });

export const rubricPackSchema = z.strictObject({
  format: z.literal(RUBRIC_PACK_FORMAT),
  /** e.g. "26/2026"; sessions name the pack by this id. */
  id: z.string().regex(/^[\w./+-]{1,40}$/),
  /** Incremented when a corrected set is imported into the pack. */
  version: z.number().int().min(1).max(100000),
  title: text,
  legalBasis: z.strictObject({ document: text, date: z.iso.date(), amendedBy: z.array(text).max(10) }),
  effectiveFrom: z.iso.date(),
  effectiveTo: z.iso.date().nullable(),
  provenance: z.array(longText).max(20),
  parts: z.array(rubricPartSchema).length(3),
  sets: z.array(rubricSetSchema).min(1).max(99),
  corrections: z.array(rubricCorrectionSchema).max(2000),
  amendments: z.array(z.strictObject({ set: z.number().int(), importedAt: z.iso.datetime(), note: text })).max(200),
});

export const rubricSetFileSchema = z.strictObject({
  format: z.literal(RUBRIC_SET_FORMAT),
  /** The pack whose set this replaces. */
  pack: z.string().min(1).max(40),
  set: rubricSetSchema,
  corrections: z.array(rubricCorrectionSchema).max(200).default([]),
  note: text.optional(),
});

export type PartId = z.infer<typeof partIdSchema>;
export type StarLevel = z.infer<typeof starLevelSchema>;
export type RubricOption = z.infer<typeof rubricOptionSchema>;
export type RubricVariant = z.infer<typeof rubricVariantSchema>;
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;
export type RubricSection = z.infer<typeof rubricSectionSchema>;
export type RubricSet = z.infer<typeof rubricSetSchema>;
export type RubricCorrection = z.infer<typeof rubricCorrectionSchema>;
export type RubricPack = z.infer<typeof rubricPackSchema>;
export type RubricSetFile = z.infer<typeof rubricSetFileSchema>;

export const PART_IDS: readonly PartId[] = ['A', 'B', 'C'];
