import { z } from 'zod';
import { productResultSchema } from '../domain/council-session/product-result.schema';
import { councilSessionSchema } from '../domain/council-session/session.schema';
import { sheetLayerSchema, sheetLogSchema, sheetSourceSchema } from '../domain/council-session/sheet-events';
import { rubricPackSchema } from '../domain/rubric/rubric-pack.schema';
import { choiceSchema } from '../domain/session/session-file.schema';
import { certificateSchema, revocationSchema } from '../domain/workspace/certificate.schema';
import { councilSchema } from '../domain/workspace/council.schema';
import { dossierSchema } from '../domain/workspace/dossier.schema';
import { memberSchema } from '../domain/workspace/member.schema';
import { planTargetSchema } from '../domain/workspace/plan-target.schema';
import { producerSchema } from '../domain/workspace/producer.schema';
import { productSchema } from '../domain/workspace/product.schema';
import { roundSchema } from '../domain/workspace/round.schema';

/** The archive file format (docs/archive-format.md). */
export const ARCHIVE_FORMAT = 'ocop-council/archive@2';
/** The database schema version whose tables this archive format carries. */
export const ARCHIVE_SCHEMA_VERSION = 4;

const id = z.string().min(1).max(200);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const stamp = z.string().min(1).max(40);
const words = z.array(z.string().min(1).max(100)).max(500);

/** A flat JSON value (settings), bounded in size and depth by the archive's overall limits. */
const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.string().max(10_000),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue).max(1000),
    z.record(z.string().max(100), jsonValue),
  ]),
);

export const sheetRecordSchema = z.strictObject({
  id,
  sessionId: id,
  memberId: id,
  productId: id,
  round: z.number().int().min(1).max(99),
  layer: sheetLayerSchema,
  choices: z.record(z.string().min(1).max(40), choiceSchema),
  comment: z.string().max(4000),
  seal: hex64.nullable(),
  sealedAt: stamp.nullable(),
  source: sheetSourceSchema,
  updatedAt: stamp,
});

export const sessionEventRecordSchema = z.strictObject({
  id,
  sessionId: id,
  seq: z.number().int().min(0),
  at: stamp,
  actor: z.string().min(1).max(200),
  type: z.string().min(1).max(60),
  data: z.record(z.string().max(60), z.union([z.string().max(4000), z.number(), z.boolean(), z.null()])),
});

export const resultVersionSchema = z.strictObject({
  id,
  sessionId: id,
  version: z.number().int().min(1),
  results: z.strictObject({
    quorum: z.strictObject({ present: z.number().int(), total: z.number().int(), met: z.boolean() }),
    products: z.array(productResultSchema).max(5000),
  }),
  reason: z.string().max(2000).nullable(),
  by: z.string().min(1).max(200),
  at: stamp,
  seals: z.array(hex64).max(500_000),
  previousHash: hex64.nullable(),
  hash: hex64,
});

const withWords = <T extends z.ZodObject>(schema: T) => schema.extend({ searchWords: words });

/** Every table of a workspace database, as the archive carries it. */
export const archiveTablesSchema = z.strictObject({
  settings: z.array(z.strictObject({ key: z.string().min(1).max(100), value: jsonValue })).max(1000),
  councils: z.array(councilSchema).max(10),
  members: z.array(memberSchema).max(5000),
  producers: z.array(withWords(producerSchema)).max(100_000),
  products: z.array(withWords(productSchema)).max(100_000),
  dossiers: z.array(dossierSchema).max(200_000),
  rounds: z.array(roundSchema).max(5000),
  certificates: z.array(certificateSchema).max(200_000),
  revocations: z.array(revocationSchema).max(100_000),
  planTargets: z.array(planTargetSchema).max(200),
  sessions: z.array(councilSessionSchema).max(10_000),
  sheets: z.array(sheetRecordSchema).max(2_000_000),
  /** Each sheet's events together, one log per sheet (archive@1 had one record per event). */
  sheetLogs: z.array(sheetLogSchema).max(2_000_000),
  sessionEvents: z.array(sessionEventRecordSchema).max(2_000_000),
  resultVersions: z.array(resultVersionSchema).max(100_000),
});

/** One generated document kept in the archive folder on disk (the file itself is not in the archive). */
export const archivedDocumentSchema = z.strictObject({
  sessionId: id,
  file: z.string().min(1).max(300),
  kind: z.string().min(1).max(60),
  sha256: hex64,
  bytes: z.number().int().min(0),
  generatedAt: stamp,
});

export const archiveSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  /** The database schema version of the tables (4 for this format). */
  schemaVersion: z.literal(ARCHIVE_SCHEMA_VERSION),
  exportedAt: stamp,
  app: z.strictObject({ name: z.string().max(100), version: z.string().max(40) }),
  /** Which workspace it came from ('main' or 'demo'), for the record. */
  workspace: z.string().min(1).max(40),
  tables: archiveTablesSchema,
  /** The rubric packs (id and version) the sessions were scored with, so the archive checks on its own. */
  packs: z.array(rubricPackSchema).max(50),
  documents: z.array(archivedDocumentSchema).max(200_000),
  /** The head of the hash chain over sealed sheets and finalised results (see chain.ts). */
  chain: z.strictObject({ head: hex64.nullable(), length: z.number().int().min(0) }),
});

export type ArchiveTables = z.infer<typeof archiveTablesSchema>;
export type TableName = keyof ArchiveTables;
export type ArchivedDocument = z.infer<typeof archivedDocumentSchema>;
export type Archive = z.infer<typeof archiveSchema>;

/** The tables in the order an archive lists and a restore writes them (references before their users). */
export const TABLE_NAMES: readonly TableName[] = [
  'settings',
  'councils',
  'members',
  'producers',
  'products',
  'dossiers',
  'rounds',
  'certificates',
  'revocations',
  'planTargets',
  'sessions',
  'sheets',
  'sheetLogs',
  'sessionEvents',
  'resultVersions',
];

/** The primary key of each table's records. */
export const PRIMARY_KEYS: Readonly<Record<TableName, 'id' | 'key' | 'year'>> = {
  settings: 'key',
  councils: 'id',
  members: 'id',
  producers: 'id',
  products: 'id',
  dossiers: 'id',
  rounds: 'id',
  certificates: 'id',
  revocations: 'id',
  planTargets: 'year',
  sessions: 'id',
  sheets: 'id',
  sheetLogs: 'id',
  sessionEvents: 'id',
  resultVersions: 'id',
};
