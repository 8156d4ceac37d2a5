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

/** The id of a sheet's record and of its log: `<session>|<member>|<product>|<round>|<layer>`. */
export function sheetRecordId(key: SheetKey & { readonly sessionId: string }): string {
  return `${key.sessionId}|${sheetKeyId(key)}`;
}

/** The fields of an event that name its sheet: a log carries them once. */
const SHEET_KEY = { sessionId: true, memberId: true, productId: true, round: true, layer: true } as const;

/** One event in a sheet's log: the event without the sheet's key, which the log carries once. */
export const sheetLogEventSchema = sheetEventSchema.omit(SHEET_KEY);

/**
 * A sheet's events kept together (one record per sheet, not one per choice): its key once, and its
 * events in the order they were appended. `id` is the sheet's record id (`sheetRecordId`).
 */
export const sheetLogSchema = sheetEventSchema.pick(SHEET_KEY).extend({
  id: z.string().min(1).max(500),
  events: z.array(sheetLogEventSchema).max(100_000),
});

export type SheetLogEvent = z.infer<typeof sheetLogEventSchema>;
export type SheetLog = z.infer<typeof sheetLogSchema>;

/** The full events of a log (its key on each), in the log's order. */
export function eventsOfLog(log: SheetLog): SheetEvent[] {
  const { sessionId, memberId, productId, round, layer } = log;
  return log.events.map((event) => ({ ...event, sessionId, memberId, productId, round, layer }));
}

/** The full events of several logs, in order (log by log). */
export function eventsOfLogs(logs: readonly SheetLog[]): SheetEvent[] {
  const events: SheetEvent[] = [];
  for (const log of logs) for (const event of eventsOfLog(log)) events.push(event);
  return events;
}

/** An event without its sheet's key, as a log holds it. */
export function logEventOf(event: SheetEvent): SheetLogEvent {
  const { sessionId: _s, memberId: _m, productId: _p, round: _r, layer: _l, ...rest } = event;
  return rest;
}

/**
 * Events grouped into their sheets' logs, in the order each sheet first appears; within a log the
 * events keep their order, sorted by sequence (stably) when they are not in it already.
 */
export function sheetLogsOf(events: readonly SheetEvent[]): SheetLog[] {
  const logs = new Map<string, SheetLog>();
  for (const event of events) {
    const id = sheetRecordId(event);
    let log = logs.get(id);
    if (!log) {
      const { sessionId, memberId, productId, round, layer } = event;
      log = { id, sessionId, memberId, productId, round, layer, events: [] };
      logs.set(id, log);
    }
    log.events.push(logEventOf(event));
  }
  for (const log of logs.values()) {
    const ordered = log.events.every((event, i) => i === 0 || (log.events[i - 1]?.seq ?? 0) <= event.seq);
    if (!ordered) log.events.sort((a, b) => a.seq - b.seq);
  }
  return [...logs.values()];
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
