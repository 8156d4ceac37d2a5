import { z } from 'zod';
import { choiceSchema, type Choice } from '../session/session-file.schema';

/**
 * Which copy of a sheet: `primary` is the member's sheet (scored by the member, typed by the secretary
 * from paper, or imported from the member's packet); `verify` is a second typing of a paper sheet by
 * another person, compared with the primary before it can be sealed.
 */
export const sheetLayerSchema = z.enum(['primary', 'verify']);

/** Who produced an event (the audit trail says how each sheet arrived). */
export const sheetSourceSchema = z.enum(['member', 'secretary', 'verifier', 'packet', 'import', 'amendment']);

/**
 * One change to a sheet, appended and never rewritten: a choice, a cleared choice, the comment, or the
 * seal. A sheet is the fold of its events, so two laptops' events can later be merged.
 */
export const sheetEventSchema = z.strictObject({
  id: z.string().min(1).max(100),
  sessionId: z.string().min(1).max(100),
  memberId: z.string().min(1).max(100),
  productId: z.string().min(1).max(100),
  round: z.number().int().min(1).max(99),
  layer: sheetLayerSchema,
  /** Order of the events of one session on one laptop. */
  seq: z.number().int().min(0),
  at: z.string().min(1).max(40),
  source: sheetSourceSchema,
  type: z.enum(['choose', 'clear', 'comment', 'seal']),
  criterionId: z.string().min(1).max(40).optional(),
  choice: choiceSchema.optional(),
  comment: z.string().max(4000).optional(),
  /** SHA-256 (hex) of the sheet's canonical form, on a seal event. */
  seal: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** The amendment this event belongs to, when the chair corrects a finalised session. */
  amendmentId: z.string().min(1).max(100).optional(),
});

export type SheetLayer = z.infer<typeof sheetLayerSchema>;
export type SheetSource = z.infer<typeof sheetSourceSchema>;
export type SheetEvent = z.infer<typeof sheetEventSchema>;

export interface SheetKey {
  readonly memberId: string;
  readonly productId: string;
  readonly round: number;
  readonly layer: SheetLayer;
}

/** A sheet as its events leave it. */
export interface SheetState extends SheetKey {
  readonly choices: Readonly<Record<string, Choice>>;
  readonly comment: string;
  readonly seal: string | null;
  readonly sealedAt: string | null;
  /** Who wrote it (the source of its first event). */
  readonly source: SheetSource;
  readonly updatedAt: string;
}

/** The stable id of a sheet within a session. */
export function sheetKeyId(key: SheetKey): string {
  return [key.memberId, key.productId, key.round, key.layer].join('|');
}

export function emptySheet(key: SheetKey, source: SheetSource, at: string): SheetState {
  return { ...key, choices: {}, comment: '', seal: null, sealedAt: null, source, updatedAt: at };
}

/**
 * A sheet after one more event. Events after the seal (other than an amendment) do not change it: a
 * sealed sheet is final.
 *
 * @example applySheetEvent(draft, { type: 'choose', criterionId: 'A-1.1', choice: 2, … }).choices['A-1.1'] === 2
 */
export function applySheetEvent(sheet: SheetState, event: SheetEvent): SheetState {
  if (sheet.seal !== null && event.amendmentId === undefined) return sheet;
  switch (event.type) {
    case 'choose': {
      if (event.criterionId === undefined || event.choice === undefined) return sheet;
      return { ...sheet, choices: { ...sheet.choices, [event.criterionId]: event.choice }, updatedAt: event.at };
    }
    case 'clear': {
      if (event.criterionId === undefined) return sheet;
      const { [event.criterionId]: _cleared, ...choices } = sheet.choices;
      return { ...sheet, choices, updatedAt: event.at };
    }
    case 'comment':
      return { ...sheet, comment: event.comment ?? '', updatedAt: event.at };
    case 'seal':
      return { ...sheet, seal: event.seal ?? null, sealedAt: event.at, updatedAt: event.at };
  }
}

/** Every sheet of a list of events (in their order), by sheet id. */
export function foldSheetEvents(events: readonly SheetEvent[]): Map<string, SheetState> {
  const sheets = new Map<string, SheetState>();
  for (const event of events) {
    const id = sheetKeyId(event);
    const sheet = sheets.get(id) ?? emptySheet(event, event.source, event.at);
    sheets.set(id, applySheetEvent(sheet, event));
  }
  return sheets;
}
