import { z } from 'zod';
import { attemptSchema } from '../session/session-file.schema';
import { countField, idField, isoDateField, optionalIsoDate, optionalText, timestampField, yearField } from './fields';

/** The helper group's pre-check of a dossier before the council scores it. */
export const precheckOutcomeSchema = z.enum(['pending', 'complete', 'returned', 'disqualified']);

export const dossierStatusSchema = z.enum([
  'received',
  'complete',
  'returned',
  'resubmitted',
  'disqualified',
  'evaluated',
]);

/** One step of a dossier's life, kept in order: nothing in the history is ever rewritten. */
export const dossierEventSchema = z.strictObject({
  status: dossierStatusSchema,
  on: isoDateField,
  note: optionalText(2000),
});

/**
 * A product's dossier (hồ sơ) for one evaluation attempt: the forms received (Mẫu 01 registration, Mẫu 02
 * self-assessment, Mẫu 03 commune report), the Mẫu 02 evidence checklist, the samples (5, none for the
 * tourism set 26), and the pre-check outcome with its history.
 */
export const dossierSchema = z
  .strictObject({
    id: idField,
    productId: idField,
    year: yearField,
    attempt: attemptSchema,
    receivedOn: isoDateField,
    roundId: idField.nullable(),
    forms: z.strictObject({ mau01: z.boolean(), mau02: z.boolean(), mau03: z.boolean() }),
    /** Ids of the evidence items (EVIDENCE_ITEMS) that are in the dossier. */
    evidence: z.array(z.string().min(1).max(40)).max(40),
    samples: z.strictObject({ required: countField(20), received: countField(100) }),
    precheck: z.strictObject({
      outcome: precheckOutcomeSchema,
      on: optionalIsoDate,
      /** What to complete (returned) or why it is excluded (disqualified). */
      notes: optionalText(4000),
    }),
    /** The council's result, once the product has been scored. */
    evaluation: z
      .strictObject({
        mean: z.number().min(0).max(100),
        stars: z.number().int().min(1).max(5),
        on: isoDateField,
        sessionId: idField.nullable(),
      })
      .nullable(),
    history: z.array(dossierEventSchema).min(1).max(200),
    createdAt: timestampField,
    updatedAt: timestampField,
  })
  .refine((d) => d.precheck.outcome === 'pending' || d.precheck.on !== null, {
    error: 'form.precheckDate',
    path: ['precheck', 'on'],
  })
  .refine((d) => !['returned', 'disqualified'].includes(d.precheck.outcome) || d.precheck.notes.trim() !== '', {
    error: 'form.precheckNotes',
    path: ['precheck', 'notes'],
  });

export type PrecheckOutcome = z.infer<typeof precheckOutcomeSchema>;
export type DossierStatus = z.infer<typeof dossierStatusSchema>;
export type DossierEvent = z.infer<typeof dossierEventSchema>;
export type Dossier = z.infer<typeof dossierSchema>;

/** A dossier's current status: its last history event. */
export function dossierStatus(dossier: Pick<Dossier, 'history'>): DossierStatus {
  return dossier.history[dossier.history.length - 1]?.status ?? 'received';
}

/** Product samples a dossier must bring: 5, none for a service (the tourism set 26 has no sample). */
export function requiredSamples(productSet: number): number {
  return productSet === 26 ? 0 : 5;
}
