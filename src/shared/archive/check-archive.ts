import { sheetRecordId } from '../domain/council-session/sheet-events';
import { issue, type DomainIssue } from '../domain/issues/domain-issue';
import { issuesFromZod } from '../domain/issues/from-zod';
import { choiceProblem, compileSet, type CompiledSet } from '../domain/scoring/compiled-set';
import type { Choice } from '../domain/session/session-file.schema';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_SCHEMA_VERSION,
  PRIMARY_KEYS,
  TABLE_NAMES,
  archiveSchema,
  type Archive,
  type TableName,
} from './archive.schema';
import { ARCHIVE_V1_FORMAT, ARCHIVE_V1_SCHEMA_VERSION, archiveFromV1, archiveV1Schema } from './archive-v1';
import { prototypeKeyIssues } from './prototype-keys';

/** At most this many problems are reported for one file (the count says how many there were). */
export const MAX_REPORTED = 100;

export type ArchiveCheck = { ok: true; archive: Archive } | { ok: false; issues: DomainIssue[] };

/** The format versions read: the current one, and archive@1 (converted when read). */
const FORMATS: ReadonlyMap<string, number> = new Map([
  [ARCHIVE_FORMAT, ARCHIVE_SCHEMA_VERSION],
  [ARCHIVE_V1_FORMAT, ARCHIVE_V1_SCHEMA_VERSION],
]);

function formatProblem(input: unknown): DomainIssue | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return issue('archive.notAnArchive', []);
  const { format, schemaVersion } = input as { format?: unknown; schemaVersion?: unknown };
  const expected = typeof format === 'string' ? FORMATS.get(format) : undefined;
  if (expected === undefined) return issue('archive.format', ['format'], { format: String(format).slice(0, 60) });
  if (typeof schemaVersion === 'number' && schemaVersion > ARCHIVE_SCHEMA_VERSION) {
    return issue('archive.newerVersion', ['schemaVersion'], {
      version: schemaVersion,
      supported: ARCHIVE_SCHEMA_VERSION,
    });
  }
  if (schemaVersion !== expected) {
    return issue('archive.wrongVersion', ['schemaVersion'], {
      version: String(schemaVersion).slice(0, 20),
      supported: expected,
    });
  }
  return null;
}

/** The archive as its schema reads it (an archive@1 converted to the current format), or the schema's issues. */
function parse(input: unknown): ArchiveCheck {
  if ((input as { format?: unknown }).format === ARCHIVE_V1_FORMAT) {
    const old = archiveV1Schema.safeParse(input);
    if (!old.success) return { ok: false, issues: issuesFromZod(old.error).slice(0, MAX_REPORTED) };
    return { ok: true, archive: archiveFromV1(old.data) };
  }
  const parsed = archiveSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error).slice(0, MAX_REPORTED) };
  return { ok: true, archive: parsed.data };
}

/** Records whose primary key appears twice in their table. */
function duplicates(archive: Archive): DomainIssue[] {
  const found: DomainIssue[] = [];
  for (const table of TABLE_NAMES) {
    const key = PRIMARY_KEYS[table];
    const seen = new Set<unknown>();
    (archive.tables[table] as readonly Record<string, unknown>[]).forEach((record, index) => {
      const value = record[key];
      if (seen.has(value))
        found.push(issue('archive.duplicateId', ['tables', table, index, key], { table, id: String(value) }));
      seen.add(value);
    });
  }
  // Event ids are unique across every log (a merge tells events apart by id), and a log's id is its sheet's.
  const events = new Set<string>();
  archive.tables.sheetLogs.forEach((log, index) => {
    const expected = sheetRecordId(log);
    if (log.id !== expected)
      found.push(issue('archive.logId', ['tables', 'sheetLogs', index, 'id'], { id: log.id, expected }));
    log.events.forEach((event, at) => {
      if (events.has(event.id)) {
        const path = ['tables', 'sheetLogs', index, 'events', at, 'id'];
        found.push(issue('archive.duplicateId', path, { table: 'sheetLogs', id: event.id }));
      }
      events.add(event.id);
    });
  });
  return found;
}

/** References that point at nothing: a product's producer, a dossier's product, a sheet's session… */
function danglingReferences(archive: Archive): DomainIssue[] {
  const t = archive.tables;
  const ids = (table: TableName) =>
    new Set((t[table] as readonly Record<string, unknown>[]).map((r) => r[PRIMARY_KEYS[table]]));
  const producers = ids('producers');
  const products = ids('products');
  const certificates = ids('certificates');
  const rounds = ids('rounds');
  const sessions = new Map(t.sessions.map((s) => [s.id, s]));
  const packs = new Set(archive.packs.map((p) => `${p.id}@${p.version}`));
  const found: DomainIssue[] = [];
  const check = (ok: boolean, table: TableName, index: number, field: string, target: string, id: unknown) => {
    if (!ok)
      found.push(issue('archive.dangling', ['tables', table, index, field], { table, field, target, id: String(id) }));
  };
  t.products.forEach((p, i) =>
    check(producers.has(p.producerId), 'products', i, 'producerId', 'producers', p.producerId),
  );
  t.dossiers.forEach((d, i) => {
    check(products.has(d.productId), 'dossiers', i, 'productId', 'products', d.productId);
    check(d.roundId === null || rounds.has(d.roundId), 'dossiers', i, 'roundId', 'rounds', d.roundId);
  });
  t.certificates.forEach((c, i) => {
    check(products.has(c.productId), 'certificates', i, 'productId', 'products', c.productId);
    check(
      c.replaces === null || certificates.has(c.replaces),
      'certificates',
      i,
      'replaces',
      'certificates',
      c.replaces,
    );
  });
  t.revocations.forEach((r, i) =>
    check(certificates.has(r.certificateId), 'revocations', i, 'certificateId', 'certificates', r.certificateId),
  );
  t.sessions.forEach((s, i) => {
    check(s.roundId === null || rounds.has(s.roundId), 'sessions', i, 'roundId', 'rounds', s.roundId);
    if (!packs.has(`${s.pack.id}@${s.pack.version}`)) {
      found.push(
        issue('archive.missingPack', ['tables', 'sessions', i, 'pack'], {
          pack: `${s.pack.id} (v${s.pack.version})`,
          session: s.title,
        }),
      );
    }
  });
  // Each session's members and products as sets: there can be a million sheet events.
  const people = new Map(
    t.sessions.map((s) => [
      s.id,
      { members: new Set(s.members.map((m) => m.memberId)), products: new Set(s.products.map((p) => p.productId)) },
    ]),
  );
  const sheetTables = ['sheets', 'sheetLogs'] as const;
  for (const table of sheetTables) {
    t[table].forEach((record, i) => {
      const session = people.get(record.sessionId);
      check(session !== undefined, table, i, 'sessionId', 'sessions', record.sessionId);
      if (!session) return;
      check(session.members.has(record.memberId), table, i, 'memberId', 'sessions.members', record.memberId);
      check(session.products.has(record.productId), table, i, 'productId', 'sessions.products', record.productId);
    });
  }
  // A log belongs to a sheet of the file (the database keeps the two in one record).
  const sheets = ids('sheets');
  t.sheetLogs.forEach((log, i) => check(sheets.has(log.id), 'sheetLogs', i, 'id', 'sheets', log.id));
  t.sessionEvents.forEach((e, i) =>
    check(sessions.has(e.sessionId), 'sessionEvents', i, 'sessionId', 'sessions', e.sessionId),
  );
  t.resultVersions.forEach((v, i) =>
    check(sessions.has(v.sessionId), 'resultVersions', i, 'sessionId', 'sessions', v.sessionId),
  );
  return found;
}

/**
 * Choices that the product's form does not have: a criterion of another set, an option past the last one,
 * a variant list the criterion lacks. A seal covers only the form's criteria, so such a choice would
 * otherwise slip past the integrity check. Sheets and the `choose` events of their logs both.
 */
function choicesOffTheForm(archive: Archive): DomainIssue[] {
  const t = archive.tables;
  const sessions = new Map(t.sessions.map((s) => [s.id, s]));
  const compiled = new Map<string, CompiledSet | null>();
  const productsOf = new Map(t.sessions.map((s) => [s.id, new Map(s.products.map((p) => [p.productId, p]))]));
  const formOf = (sessionId: string, productId: string): { form: CompiledSet; product: string } | null => {
    const session = sessions.get(sessionId);
    const product = productsOf.get(sessionId)?.get(productId);
    if (!session || !product) return null;
    const key = `${session.pack.id}@${session.pack.version}#${product.productSet}`;
    if (!compiled.has(key)) {
      const pack = archive.packs.find((p) => p.id === session.pack.id && p.version === session.pack.version);
      const set = pack?.sets.find((candidate) => candidate.no === product.productSet);
      compiled.set(key, set ? compileSet(set) : null);
    }
    const form = compiled.get(key);
    return form ? { form, product: product.name } : null;
  };
  const found: DomainIssue[] = [];
  const check = (
    owner: { form: CompiledSet; product: string },
    criterionId: string,
    choice: Choice,
    // Made only for a problem: a province's archive has a million choices to check.
    path: () => (string | number)[],
  ) => {
    const criterion = owner.form.byId.get(criterionId);
    const problem = criterion ? choiceProblem(criterion, choice) : 'unknownCriterion';
    if (problem !== null) {
      const params = { criterion: criterionId, set: owner.form.no, product: owner.product };
      found.push(issue('archive.choiceOffForm', path(), params));
    }
  };
  t.sheets.forEach((sheet, i) => {
    const form = formOf(sheet.sessionId, sheet.productId);
    if (!form) return;
    for (const [criterionId, choice] of Object.entries(sheet.choices)) {
      check(form, criterionId, choice, () => ['tables', 'sheets', i, 'choices', criterionId]);
    }
  });
  t.sheetLogs.forEach((log, i) => {
    const form = formOf(log.sessionId, log.productId);
    if (!form) return;
    log.events.forEach((event, at) => {
      if (event.type !== 'choose' || event.criterionId === undefined || event.choice === undefined) return;
      check(form, event.criterionId, event.choice, () => ['tables', 'sheetLogs', i, 'events', at, 'criterionId']);
    });
  });
  return found;
}

/**
 * Checks an archive file's content before anything is written: the format tag and version, every record
 * against its schema (types, sizes, no unknown keys), no duplicate ids, no reference to a missing record,
 * the packs the sessions need, every choice on its product's form, no prototype key (`__proto__`, `constructor`, `prototype`) anywhere.
 * Integrity (seals, the hash chain) is `verifyArchive`.
 */
export function checkArchive(input: unknown): ArchiveCheck {
  const problem = formatProblem(input);
  if (problem) return { ok: false, issues: [problem] };
  const prototypeKeys = prototypeKeyIssues(input, MAX_REPORTED);
  if (prototypeKeys.length > 0) return { ok: false, issues: prototypeKeys };
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const { archive } = parsed;
  const issues = [...duplicates(archive), ...danglingReferences(archive)];
  // Choices are checked against the forms only once every reference resolves.
  if (issues.length === 0) issues.push(...choicesOffTheForm(archive));
  if (archive.tables.councils.length > 1)
    issues.push(issue('archive.councils', ['tables', 'councils'], { count: archive.tables.councils.length }));
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, MAX_REPORTED) } : { ok: true, archive };
}
