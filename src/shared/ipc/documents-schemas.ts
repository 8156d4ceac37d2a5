import { z } from 'zod';
import { productResultSchema } from '../domain/council-session/product-result.schema';
import { councilSessionSchema } from '../domain/council-session/session.schema';
import { sheetLayerSchema, sheetSourceSchema } from '../domain/council-session/sheet-events';
import { choiceSchema } from '../domain/session/session-file.schema';
import { documentNumbersSchema, signerSchema } from '../domain/workspace/council.schema';
import { isoDateField, requiredText } from '../domain/workspace/fields';
import type { CertificateTemplate } from '../documents/certificate-template';

/** What the documents area can make; the command line names the same kinds (`--doc`). */
export const DOCUMENT_KIND_IDS = ['blank-sheets', 'sheets', 'tally', 'minutes', 'decision', 'certificates'] as const;
export type DocumentKindId = (typeof DOCUMENT_KIND_IDS)[number];

/** Kinds that print a recognition: they need the finalised results. */
export const FINALISED_KINDS: readonly DocumentKindId[] = ['decision', 'certificates'];

/** The largest start request (JSON characters): a big session's sheets with comments fit well below. */
export const MAX_START_REQUEST_CHARS = 32 * 1024 * 1024;

const id = z.string().min(1).max(100);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const stamp = z.string().min(1).max(40);
/** Ids that name a folder of the archive on disk. */
export const sessionIdField = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/);
/** A document's file name in the archive: plain, lower case, .pdf. */
export const documentFileField = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,150}\.pdf$/)
  .refine((name) => !name.includes('..'));
const folderToken = z.string().regex(/^[0-9a-f]{32}$/);

const sheetStateSchema = z.strictObject({
  memberId: id,
  productId: id,
  round: z.number().int().min(1).max(99),
  layer: sheetLayerSchema,
  choices: z.record(z.string().min(1).max(40), choiceSchema).refine((choices) => Object.keys(choices).length <= 400),
  comment: z.string().max(4000),
  seal: hex64.nullable(),
  sealedAt: stamp.nullable(),
  source: sheetSourceSchema,
  updatedAt: stamp,
});

/** The session's latest finalised result version: its number, its hash and its results. */
export const finalisedResultsSchema = z.strictObject({
  version: z.number().int().min(1),
  hash: hex64,
  results: z.strictObject({
    quorum: z.strictObject({ present: z.number().int(), total: z.number().int(), met: z.boolean() }),
    products: z.array(productResultSchema).max(2000),
  }),
});

/** The council's settings as its documents print them. */
export const documentCouncilSchema = z.strictObject({
  councilName: requiredText(300),
  authority: requiredText(200),
  placeName: requiredText(100),
  signers: z.array(signerSchema).max(10),
  numbers: documentNumbersSchema,
});

/** The certificate's layout as the council sets it (shared/documents/certificate-template.ts). */
export const certificateTemplateSchema = z.strictObject({
  title: z.string().trim().max(200).nullable(),
  starsLine: z.string().trim().max(200).nullable(),
  authority: z.string().trim().max(200).nullable(),
  signerTitle: z.string().trim().max(200).nullable(),
  signerName: z.string().trim().max(120).nullable(),
  numberPattern: requiredText(60).refine((pattern) => pattern.includes('{{n}}')),
  border: z.enum(['simple', 'double']),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  starStyle: z.enum(['shapes', 'text']),
  showQr: z.boolean(),
}) satisfies z.ZodType<CertificateTemplate>;

/** What the user chose for this batch. */
export const documentOptionsSchema = z.strictObject({
  /** The date printed on the documents; null: the session's date. */
  date: isoDateField.nullable(),
  /** The recognition decision (number and date), for the decision and the certificates. */
  decision: z.strictObject({ number: requiredText(60), date: isoDateField }).nullable(),
  /**
   * Sequence numbers (`{{n}}` of the patterns) of the minutes and the submission, and of the first
   * certificate (the register's numbers run on from it in the session's order); null: blanks.
   */
  numbering: z.strictObject({
    minutes: z.number().int().min(1).max(99_999).nullable(),
    submission: z.number().int().min(1).max(99_999).nullable(),
    certificateStart: z.number().int().min(1).max(99_999).nullable(),
  }),
  certificateTemplate: certificateTemplateSchema,
  /** The certificate numbers recorded in the register, by product (what the certificates print). */
  certificates: z.array(z.strictObject({ productId: id, number: requiredText(60) })).max(2000),
  /** Producers' addresses by product id, printed on the certificates. */
  producerAddresses: z.record(id, z.string().max(500)).refine((map) => Object.keys(map).length <= 2000),
});

const startFields = z.strictObject({
  kinds: z.array(z.enum(DOCUMENT_KIND_IDS)).min(1).max(DOCUMENT_KIND_IDS.length),
  session: councilSessionSchema.extend({ id: sessionIdField }),
  sheets: z.array(sheetStateSchema).max(50_000),
  finalised: finalisedResultsSchema.nullable(),
  council: documentCouncilSchema,
  language: z.enum(['vi', 'en']),
  options: documentOptionsSchema,
  /** A folder chosen with documents:choose-folder, to save a copy of every file into; null: archive only. */
  folderToken: folderToken.nullable(),
});

/**
 * documents:start: everything main needs to build the session's documents (it loads the rubric sets
 * itself, from the pack the session names). Bounded as a whole before it is parsed field by field.
 */
export const documentsStartSchema = z
  .unknown()
  .refine((value) => {
    try {
      return (JSON.stringify(value) ?? '').length <= MAX_START_REQUEST_CHARS;
    } catch {
      return false;
    }
  }, 'request too large')
  .pipe(startFields);

export type DocumentsStartRequest = z.output<typeof documentsStartSchema>;
export type DocumentOptions = DocumentsStartRequest['options'];

export const DOCUMENT_REQUEST_SCHEMAS = {
  'documents:start': documentsStartSchema,
  'documents:status': z.strictObject({ jobId: z.uuid() }),
  'documents:cancel': z.strictObject({ jobId: z.uuid() }),
  'documents:choose-folder': z.undefined(),
  'documents:list': z.strictObject({ sessionId: sessionIdField }),
  'documents:open': z.strictObject({ sessionId: sessionIdField, file: documentFileField }),
  'documents:read': z.strictObject({ sessionId: sessionIdField, file: documentFileField }),
  'documents:copy-to-folder': z.strictObject({
    sessionId: sessionIdField,
    files: z.array(documentFileField).min(1).max(5000),
    folderToken,
  }),
} as const;
