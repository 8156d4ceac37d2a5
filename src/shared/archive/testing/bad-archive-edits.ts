/**
 * Test support, never imported by production code: the edits that break a valid archive, one kind of
 * damage each, as the reliability suite's generator (bad-archives.ts) applies them. Each edit works on a
 * mutable copy of the archive and says which issue keys must refuse it and where (the issue path prefix).
 */

/** A JSON path into an archive, as DomainIssue paths are written. */
export type ArchivePath = readonly (string | number)[];

/** A mutable archive, as JSON.parse gives it back. */
export type Doc = Record<string, unknown>;
type Row = Record<string, unknown>;

/** The keys a prototype-pollution attack writes into a JSON object. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** What one edit did: the issue keys (or key prefixes) a refusal must include one of, and where. */
export interface Damage {
  readonly label: string;
  readonly refusedFor: readonly string[];
  readonly where: readonly ArchivePath[];
}

/** What an edit is given: the copy to break, a seeded random integer below n, and text substitutions. */
export interface EditContext {
  readonly doc: Doc;
  readonly int: (n: number) => number;
  /** Replaces `"marker"` with `text` in the final JSON (for keys JSON.stringify cannot write). */
  readonly substitute: (marker: string, text: string) => void;
}

export type Edit = (ctx: EditContext) => Damage;

export const tablesOf = (doc: Doc): Record<string, Row[]> => doc['tables'] as Record<string, Row[]>;

export function rowOf(doc: Doc, table: string, index: number): Row {
  const row = tablesOf(doc)[table]?.[index];
  if (!row) throw new Error(`bad-archives: no ${table}[${index}]`);
  return row;
}

/** A random record of a table: its index and itself. */
export function someRow(ctx: EditContext, table: string): { index: number; row: Row } {
  const rows = tablesOf(ctx.doc)[table] ?? [];
  if (rows.length === 0) throw new Error(`bad-archives: table ${table} is empty`);
  const index = ctx.int(rows.length);
  return { index, row: rowOf(ctx.doc, table, index) };
}

const at = (table: string, index: number, ...rest: (string | number)[]): ArchivePath => [
  'tables',
  table,
  index,
  ...rest,
];

/** A different choice of the same shape: a number, null or {variant, option} changed to another. */
export function otherChoice(choice: unknown): unknown {
  if (typeof choice === 'number') return choice === 0 ? 1 : 0;
  if (choice === null) return 0;
  const { variant, option } = choice as { variant: string; option: number };
  return { variant, option: option === 0 ? 1 : 0 };
}

/** The index of the sheet record a log belongs to. */
function sheetIndexOf(doc: Doc, log: Row): number {
  const id = ['sessionId', 'memberId', 'productId', 'round', 'layer'].map((k) => String(log[k])).join('|');
  return (tablesOf(doc)['sheets'] ?? []).findIndex((s) => s['id'] === id);
}

/** Events of the sheets' logs, each with its log's index and its own. */
function allEvents(doc: Doc): { log: number; index: number; row: Row }[] {
  return (tablesOf(doc)['sheetLogs'] ?? []).flatMap((log, l) =>
    ((log['events'] as Row[] | undefined) ?? []).map((row, index) => ({ log: l, index, row })),
  );
}

/** A random event of a type: where it is (its log and place in it), itself, and its sheet's index. */
function eventOf(ctx: EditContext, type: string): { log: number; index: number; row: Row; sheet: number } {
  // Events of logs whose sheet is still there (another edit of a mix may have deleted one).
  const of = allEvents(ctx.doc)
    .filter((e) => e.row['type'] === type)
    .map((e) => ({ ...e, sheet: sheetIndexOf(ctx.doc, rowOf(ctx.doc, 'sheetLogs', e.log)) }))
    .filter((e) => e.sheet !== -1);
  const picked = of[ctx.int(of.length)];
  if (!picked) throw new Error(`bad-archives: no ${type} event`);
  return picked;
}

/** The pseudo-table of the events inside the sheets' logs, for the field edits below. */
const EVENTS = 'sheetLogs.events';

/** A random record of a table, or event of a log (EVENTS): itself, a label, and its issue path. */
function somePlace(
  ctx: EditContext,
  table: string,
): { label: string; row: Row; path: (...rest: string[]) => ArchivePath } {
  if (table === EVENTS) {
    const all = allEvents(ctx.doc);
    const picked = all[ctx.int(all.length)];
    if (!picked) throw new Error('bad-archives: no sheet event');
    return {
      label: `sheetLogs ${picked.log} event ${picked.index}`,
      row: picked.row,
      path: (...rest) => at('sheetLogs', picked.log, 'events', picked.index, ...rest),
    };
  }
  const { index, row } = someRow(ctx, table);
  return { label: `${table} ${index}`, row, path: (...rest) => at(table, index, ...rest) };
}

const SEALED = ['archive.sealMismatch', 'archive.sheetNotEvents'];

/** Changes after sealing: every one breaks a seal, the event record or the hash chain. */
export const TAMPER: readonly Edit[] = [
  (ctx) => {
    const { index, row } = someRow(ctx, 'sheets');
    const choices = row['choices'] as Row;
    const keys = Object.keys(choices);
    const key = keys[ctx.int(keys.length)] ?? '';
    choices[key] = otherChoice(choices[key]);
    return {
      label: `sheet ${index} choice ${key} edited after sealing`,
      refusedFor: SEALED,
      where: [at('sheets', index)],
    };
  },
  (ctx) => {
    const { index, row } = someRow(ctx, 'sheets');
    row['comment'] = `${String(row['comment'])} (sửa thêm)`;
    return { label: `sheet ${index} comment edited after sealing`, refusedFor: SEALED, where: [at('sheets', index)] };
  },
  (ctx) => {
    const { index, row } = someRow(ctx, 'sheets');
    row['seal'] = 'ab'.repeat(32);
    return { label: `sheet ${index} seal replaced`, refusedFor: SEALED, where: [at('sheets', index)] };
  },
  (ctx) => {
    const { row, sheet } = eventOf(ctx, 'seal');
    row['seal'] = 'cd'.repeat(32);
    return {
      label: `seal event of sheet ${sheet} rewritten`,
      refusedFor: ['archive.sheetNotEvents', 'archive.chainHead'],
      where: [at('sheets', sheet), ['chain']],
    };
  },
  (ctx) => {
    const { row, sheet } = eventOf(ctx, 'choose');
    row['choice'] = otherChoice(row['choice']);
    return {
      label: `a choice event of sheet ${sheet} rewritten`,
      refusedFor: ['archive.sheetNotEvents'],
      where: [at('sheets', sheet)],
    };
  },
  (ctx) => {
    const { log, index, sheet } = eventOf(ctx, 'choose');
    (rowOf(ctx.doc, 'sheetLogs', log)['events'] as Row[]).splice(index, 1);
    return {
      label: `a choice event of sheet ${sheet} deleted`,
      refusedFor: ['archive.sheetNotEvents'],
      where: [at('sheets', sheet)],
    };
  },
  (ctx) => {
    const chain = ctx.doc['chain'] as Row;
    chain['head'] = 'ef'.repeat(32);
    return { label: 'chain head replaced', refusedFor: ['archive.chainHead'], where: [['chain']] };
  },
  (ctx) => {
    const chain = ctx.doc['chain'] as Row;
    chain['length'] = Number(chain['length']) + 1 + ctx.int(5);
    return { label: 'chain length changed', refusedFor: ['archive.chainHead'], where: [['chain']] };
  },
  (ctx) => {
    // A forger rewrites the sheet, its events and its seal consistently: the seal and the chain still tell.
    const { row, sheet } = eventOf(ctx, 'seal');
    const record = rowOf(ctx.doc, 'sheets', sheet);
    const forged = '12'.repeat(32);
    row['seal'] = forged;
    record['seal'] = forged;
    return {
      label: `sheet ${sheet} and its seal event forged together`,
      refusedFor: ['archive.sealMismatch', 'archive.chainHead'],
      where: [at('sheets', sheet), ['chain']],
    };
  },
  (ctx) => {
    const { index, row } = someRow(ctx, 'sheets');
    const tables = tablesOf(ctx.doc);
    tables['sheets']?.splice(index, 1);
    tables['sheetLogs'] = (tables['sheetLogs'] ?? []).filter((log) => sheetIndexOf(ctx.doc, log) !== -1);
    return {
      label: `sealed sheet ${String(row['id'])} deleted with its events`,
      refusedFor: ['archive.chainHead'],
      where: [['chain']],
    };
  },
];

const DUPLICATED = [
  'sessions',
  'sheets',
  'sheetLogs',
  'sessionEvents',
  'producers',
  'products',
  'dossiers',
  'rounds',
  'settings',
];
const KEY_OF: Readonly<Record<string, string>> = { settings: 'key' };

/** A record id (or settings key) used twice in a table. */
export const DUPLICATE: readonly Edit[] = [
  (ctx) => {
    const table = DUPLICATED[ctx.int(DUPLICATED.length)] ?? 'sheets';
    const { index, row } = someRow(ctx, table);
    const rows = tablesOf(ctx.doc)[table] ?? [];
    rows.push(JSON.parse(JSON.stringify(row)) as Row);
    const key = KEY_OF[table] ?? 'id';
    return {
      label: `${table} ${index} copied whole`,
      refusedFor: ['archive.duplicateId'],
      where: [at(table, rows.length - 1, key)],
    };
  },
  (ctx) => {
    const table = ['sheets', 'sheetLogs'][ctx.int(2)] ?? 'sheets';
    const rows = tablesOf(ctx.doc)[table] ?? [];
    const from = ctx.int(rows.length - 1);
    const to = from + 1 + ctx.int(rows.length - from - 1);
    rowOf(ctx.doc, table, to)['id'] = rowOf(ctx.doc, table, from)['id'];
    return {
      label: `${table} ${to} given the id of ${from}`,
      refusedFor: ['archive.duplicateId'],
      where: [at(table, to, 'id')],
    };
  },
  (ctx) => {
    // One event given the id of an earlier one (in another log or the same): event ids are unique.
    const all = allEvents(ctx.doc);
    const from = ctx.int(all.length - 1);
    const to = all[from + 1 + ctx.int(all.length - from - 1)];
    const source = all[from];
    if (!to || !source) throw new Error('bad-archives: too few sheet events');
    to.row['id'] = source.row['id'];
    return {
      label: `sheetLogs ${to.log} event ${to.index} given the id of another event`,
      refusedFor: ['archive.duplicateId'],
      where: [at('sheetLogs', to.log, 'events', to.index, 'id')],
    };
  },
];

type FieldEdit = readonly [table: string, field: string, value: unknown];

/** Values of the wrong type (or out of their domain) for a field. */
const WRONG_TYPES: readonly FieldEdit[] = [
  ['sheets', 'round', '1'],
  ['sheets', 'choices', []],
  ['sheets', 'comment', 42],
  ['sheets', 'seal', 'not-a-seal'],
  ['sheets', 'layer', 'tertiary'],
  ['sheets', 'updatedAt', null],
  ['sheets', 'source', { by: 'member' }],
  [EVENTS, 'seq', -1],
  [EVENTS, 'seq', 1.5],
  [EVENTS, 'type', 7],
  [EVENTS, 'at', false],
  ['sessions', 'members', {}],
  ['sessions', 'date', 20260720],
  ['sessions', 'pack', 'pack-26'],
  ['sessions', 'phase', 'scored'],
  ['sessionEvents', 'data', []],
  ['sessionEvents', 'seq', '1'],
  ['producers', 'name', ['Hợp tác xã']],
  ['producers', 'type', 'company'],
  ['products', 'productSet', '11'],
  ['dossiers', 'year', '2026'],
  ['rounds', 'number', 13],
  ['rounds', 'status', true],
  ['settings', 'key', 5],
];

/** Whole parts of the file of the wrong type. */
const WRONG_PARTS: readonly [path: readonly string[], value: unknown][] = [
  [['tables', 'sheets'], {}],
  [['tables', 'sheetLogs'], 'none'],
  [['packs'], 'pack'],
  [['chain'], null],
  [['documents'], [{}]],
  [['app'], 'OCOP'],
  [['exportedAt'], 5],
];

export const WRONG_TYPE: readonly Edit[] = [
  ...WRONG_TYPES.map(([table, field, value]): Edit => (ctx) => {
    const { label, row, path } = somePlace(ctx, table);
    row[field] = value;
    return {
      label: `${label}.${field} = ${JSON.stringify(value)}`,
      refusedFor: ['schema', 'form'],
      where: [path(field)],
    };
  }),
  ...WRONG_PARTS.map(([path, value]): Edit => (ctx) => {
    const parent = path.slice(0, -1).reduce<Doc>((node, key) => node[key] as Doc, ctx.doc);
    parent[path[path.length - 1] ?? ''] = value;
    return { label: `${path.join('.')} = ${JSON.stringify(value)}`, refusedFor: ['schema'], where: [path] };
  }),
];

/** Strings past their field's bound (some far past it: megabytes). */
const HUGE: readonly (readonly [table: string, field: string, min: number])[] = [
  ['sheets', 'comment', 4001],
  ['sheets', 'id', 201],
  ['sessions', 'title', 301],
  ['sessions', 'place', 301],
  [EVENTS, 'criterionId', 41],
  [EVENTS, 'comment', 4001],
  ['sessionEvents', 'type', 61],
  ['sessionEvents', 'actor', 201],
  ['producers', 'name', 301],
  ['products', 'name', 301],
  ['settings', 'value', 10_001],
];

const LENGTHS = [1, 2, 100, 1000, 3_000_000];

export const HUGE_STRING: readonly Edit[] = [
  ...HUGE.map(([table, field, min]): Edit => (ctx) => {
    const { label, row, path } = somePlace(ctx, table);
    const length = min * (LENGTHS[ctx.int(LENGTHS.length)] ?? 1);
    row[field] = 'Ừ'.repeat(Math.min(length, 3_000_000));
    return {
      label: `${label}.${field} of ${Math.min(length, 3_000_000)} characters`,
      refusedFor: ['schema.tooBig', 'form.tooLong'],
      where: [path(field)],
    };
  }),
  (ctx) => {
    const { index, row } = someRow(ctx, 'sheets');
    const key = `A-${'9'.repeat(40 + ctx.int(10_000))}`;
    (row['choices'] as Row)[key] = 1;
    return {
      label: `sheet ${index} criterion id of ${key.length} characters`,
      refusedFor: ['schema.tooBig', 'schema.invalid'],
      where: [at('sheets', index, 'choices')],
    };
  },
  (ctx) => {
    ctx.doc['workspace'] = 'w'.repeat(41 + ctx.int(1_000_000));
    return { label: 'workspace name megabytes long', refusedFor: ['schema.tooBig'], where: [['workspace']] };
  },
];

/** Objects an attacker might put a prototype key into: a getter of the object and its issue path. */
const PROTO_HOSTS: readonly ((ctx: EditContext) => { object: Row; path: ArchivePath; what: string })[] = [
  (ctx) => ({ object: ctx.doc, path: [], what: 'the file' }),
  (ctx) => ({ object: ctx.doc['tables'] as Row, path: ['tables'], what: 'the tables' }),
  (ctx) => {
    const { index, row } = someRow(ctx, 'sheets');
    return { object: row, path: at('sheets', index), what: `sheet ${index}` };
  },
  (ctx) => {
    const { index, row } = someRow(ctx, 'sheets');
    return { object: row['choices'] as Row, path: at('sheets', index, 'choices'), what: `sheet ${index} choices` };
  },
  (ctx) => {
    const { index, row } = someRow(ctx, 'settings');
    const value = { language: 'vi' };
    row['value'] = value;
    return { object: value, path: at('settings', index, 'value'), what: `setting ${index} value` };
  },
  (ctx) => {
    const { index, row } = someRow(ctx, 'sessionEvents');
    return {
      object: row['data'] as Row,
      path: at('sessionEvents', index, 'data'),
      what: `session event ${index} data`,
    };
  },
  (ctx) => {
    const { index, row } = someRow(ctx, 'sessions');
    const members = row['members'] as Row[];
    const m = ctx.int(members.length);
    return { object: members[m] ?? {}, path: at('sessions', index, 'members', m), what: `session member ${m}` };
  },
  (ctx) => ({ object: ctx.doc['chain'] as Row, path: ['chain'], what: 'the chain' }),
  (ctx) => ({ object: (ctx.doc['packs'] as Row[])[0] ?? {}, path: ['packs', 0], what: 'the pack' }),
  (ctx) => {
    const { label, row, path } = somePlace(ctx, EVENTS);
    return { object: row, path: path(), what: label };
  },
  (ctx) => {
    const { index, row } = someRow(ctx, 'sheetLogs');
    return { object: row, path: at('sheetLogs', index), what: `sheet log ${index}` };
  },
];

const PAYLOADS = ['{"polluted":true}', '{"toString":"x","isAdmin":true}', '1', 'null', '{"prototype":{"polluted":1}}'];

export const PROTOTYPE_KEY: readonly Edit[] = PROTO_HOSTS.map((host, h): Edit => (ctx) => {
  const { object, path, what } = host(ctx);
  const key = PROTOTYPE_KEYS[ctx.int(PROTOTYPE_KEYS.length)] ?? '__proto__';
  const marker = `bad-archives-proto-${h}-${ctx.int(1e9)}`;
  object[marker] = 0;
  const payload = PAYLOADS[ctx.int(PAYLOADS.length)] ?? '1';
  ctx.substitute(`"${marker}":0`, `"${key}":${payload}`);
  return { label: `${key} = ${payload} in ${what}`, refusedFor: ['schema.unknownKeys'], where: [path] };
});

type Ref = readonly [table: string, field: string, key: 'archive.dangling' | 'archive.missingPack'];
const REFS: readonly Ref[] = [
  ['sheets', 'sessionId', 'archive.dangling'],
  ['sheets', 'memberId', 'archive.dangling'],
  ['sheets', 'productId', 'archive.dangling'],
  ['sheetLogs', 'sessionId', 'archive.dangling'],
  ['sheetLogs', 'memberId', 'archive.dangling'],
  ['sheetLogs', 'productId', 'archive.dangling'],
  ['sessionEvents', 'sessionId', 'archive.dangling'],
  ['sessions', 'roundId', 'archive.dangling'],
  ['products', 'producerId', 'archive.dangling'],
  ['dossiers', 'productId', 'archive.dangling'],
  ['dossiers', 'roundId', 'archive.dangling'],
];

/** References to records the file does not hold, and sessions whose rubric pack it does not carry. */
export const DANGLING: readonly Edit[] = [
  ...REFS.map(([table, field, key]): Edit => (ctx) => {
    const { index, row } = someRow(ctx, table);
    row[field] = `ghost-${field}-${ctx.int(1000)}`;
    return {
      label: `${table} ${index}.${field} points at nothing`,
      refusedFor: [key],
      where: [at(table, index, field)],
    };
  }),
  (ctx) => {
    const { index, row } = someRow(ctx, 'sessions');
    row['pack'] = { ...(row['pack'] as Row), version: 2 + ctx.int(50) };
    return {
      label: `session ${index} scored with a pack version the file lacks`,
      refusedFor: ['archive.missingPack'],
      where: [at('sessions', index, 'pack')],
    };
  },
  (ctx) => {
    const { index, row } = someRow(ctx, 'sheetLogs');
    const tables = tablesOf(ctx.doc);
    tables['sheets'] = (tables['sheets'] ?? []).filter((sheet) => sheet['id'] !== row['id']);
    return {
      label: `the sheet of log ${index} deleted, its log kept`,
      refusedFor: ['archive.dangling'],
      where: [at('sheetLogs', index, 'id')],
    };
  },
  (ctx) => {
    ctx.doc['packs'] = [];
    return {
      label: 'the rubric pack left out',
      refusedFor: ['archive.missingPack'],
      where: [at('sessions', 0, 'pack')],
    };
  },
];
