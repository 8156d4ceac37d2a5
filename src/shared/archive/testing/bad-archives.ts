/**
 * Test support, never imported by production code: 200 bad archive files for the reliability suite, each
 * named, with the issue keys it must be refused for and where. Pure and deterministic: the same valid
 * archive and seed give the same 200 files on every machine (the caller builds the archive, e.g. with
 * archiveFromSessionFile from a worked session file, then `richArchive`).
 */
import type { DomainIssue } from '../../domain/issues/domain-issue';
import { searchWords } from '../../domain/text/search-words';
import type { Archive } from '../archive.schema';
import { buildArchive } from '../build-archive';
import {
  DANGLING,
  DUPLICATE,
  HUGE_STRING,
  PROTOTYPE_KEY,
  TAMPER,
  WRONG_TYPE,
  type ArchivePath,
  type Damage,
  type Doc,
  type Edit,
  type EditContext,
} from './bad-archive-edits';

export type BadArchiveKind =
  | 'truncated'
  | 'version'
  | 'tampered'
  | 'duplicate-id'
  | 'wrong-type'
  | 'huge-string'
  | 'prototype-key'
  | 'dangling'
  | 'mixed';

export interface BadArchive {
  /** Unique, e.g. `tampered-004: sheet 3 choice edited after sealing`. */
  readonly name: string;
  readonly kind: BadArchiveKind;
  /** Issue keys, or key prefixes (`schema` for every `schema.*`), the refusal must include one of. */
  readonly refusedFor: readonly string[];
  /** Where the damage is: an issue of those keys must point at or inside one of these paths. */
  readonly where: readonly ArchivePath[];
  /** The file's text (built on demand: a few files are megabytes long). */
  readonly text: () => string;
}

const AT = '2026-07-20T01:00:00.000Z';

/**
 * The archive with one record in every workspace table the damage needs besides the session's own
 * (a setting, a round the session belongs to, a producer, its product and dossier), chain head rebuilt.
 */
export function richArchive(base: Archive): Archive {
  const producer = {
    id: 'producer-bad-1',
    name: 'Hợp tác xã Chè Tả Lèng',
    type: 'cooperative' as const,
    representative: { name: 'Lò Văn Minh', sex: 'male' as const, ethnicity: 'Thái' },
    address: 'xã Tả Lèng, tỉnh Lai Châu',
    communeCode: '03637',
    phone: '0912345678',
    registrationNumber: '12/2019/HTX',
    createdAt: AT,
    updatedAt: AT,
  };
  const round = {
    id: 'round-bad-1',
    profile: 'province-2026' as const,
    year: 2026,
    number: 1,
    deadline: '2026-08-01',
    dossiersBy: null,
    status: 'open' as const,
    createdAt: AT,
    updatedAt: AT,
  };
  const product = {
    id: 'product-bad-1',
    name: 'Chè Shan tuyết Tả Lèng',
    productSet: 11,
    producerId: producer.id,
    code: '',
    description: '',
    createdAt: AT,
    updatedAt: AT,
    searchWords: searchWords('Chè Shan tuyết Tả Lèng', producer.name),
  };
  const dossier = {
    id: 'dossier-bad-1',
    productId: product.id,
    year: 2026,
    attempt: 'first',
    receivedOn: '2026-06-10',
    roundId: round.id,
    forms: { mau01: true, mau02: true, mau03: true },
    evidence: [],
    samples: { required: 5, received: 5 },
    precheck: { outcome: 'complete', on: '2026-06-20', notes: '' },
    evaluation: null,
    history: [{ status: 'received', on: '2026-06-10', note: '' }],
    createdAt: AT,
    updatedAt: AT,
  };
  const tables = {
    ...base.tables,
    settings: [{ key: 'language', value: 'vi' }],
    rounds: [round],
    producers: [{ ...producer, searchWords: searchWords(producer.name, producer.representative.name) }],
    products: [product],
    dossiers: [dossier],
    sessions: base.tables.sessions.map((s) => ({ ...s, roundId: round.id })),
  } as unknown as Archive['tables'];
  return buildArchive({ ...base, tables });
}

/** mulberry32: a seeded integer below n. */
function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Applies edits to a fresh copy of the archive; the text, and what the edits did. */
function edited(baseText: string, seed: number, edits: readonly Edit[]): { text: string; damage: Damage[] } {
  const doc = JSON.parse(baseText) as Doc;
  const substitutions: [string, string][] = [];
  const ctx: EditContext = { doc, int: seeded(seed), substitute: (m, t) => substitutions.push([m, t]) };
  const damage = edits.map((edit) => edit(ctx));
  let text = JSON.stringify(doc);
  for (const [marker, replacement] of substitutions) text = text.replace(marker, replacement);
  return { text, damage };
}

type Planned = Omit<BadArchive, 'name' | 'kind'> & { readonly label: string };

/** A case made of edits: its label, keys and places come from the edits, worked out once. */
function ofEdits(baseText: string, seed: number, edits: readonly Edit[]): Planned {
  const { damage } = edited(baseText, seed, edits);
  return {
    label: damage.map((d) => d.label).join(' + '),
    refusedFor: [...new Set(damage.flatMap((d) => d.refusedFor))],
    where: damage.flatMap((d) => d.where),
    text: () => edited(baseText, seed, edits).text,
  };
}

/** Not JSON, or cut short: a copy interrupted, a file from elsewhere. */
function truncated(baseText: string, i: number, int: (n: number) => number): Planned {
  const json = { refusedFor: ['json'], where: [[]] };
  const fixed: [string, string][] = [
    ['empty file', ''],
    ['only spaces', '  \n\t'],
    ['a byte-order mark first', `\uFEFF${baseText}`],
    ['a brace too many', `${baseText}}`],
    ['NaN for a number', baseText.replace('"round":1', '"round":NaN')],
    ['a zip file', 'PK\u0003\u0004\u0014\u0000\u0000\u0000'],
  ];
  const entry = fixed[i];
  if (entry) return { ...json, label: entry[0], text: () => entry[1] };
  const cut = 1 + int(baseText.length - 2);
  return { ...json, label: `cut at character ${cut} of ${baseText.length}`, text: () => baseText.slice(0, cut) };
}

/** Not an archive of this format, or of a version this app does not read. */
function version(baseText: string, i: number): Planned {
  const whole = (label: string, text: string): Planned => ({
    label,
    refusedFor: ['archive.notAnArchive'],
    where: [[]],
    text: () => text,
  });
  const field = (field: string, value: unknown, key: string): Planned => ({
    label: `${field} = ${JSON.stringify(value) ?? 'missing'}`,
    refusedFor: [key],
    where: [[field]],
    text: () => {
      const doc = JSON.parse(baseText) as Doc;
      if (value === undefined) delete doc[field];
      else doc[field] = value;
      return JSON.stringify(doc);
    },
  });
  const all: Planned[] = [
    whole('null', 'null'),
    whole('an array', JSON.stringify([JSON.parse(baseText)])),
    whole('a number', '42'),
    whole('a string', '"ocop-council/archive@1"'),
    whole('true', 'true'),
    field('format', undefined, 'archive.format'),
    field('format', 'ocop-council/archive@3', 'archive.format'),
    field('format', 'ocop-council/session@1', 'archive.format'),
    field('format', 1, 'archive.format'),
    field('schemaVersion', 5, 'archive.newerVersion'),
    field('schemaVersion', 99, 'archive.newerVersion'),
    field('schemaVersion', 4.5, 'archive.newerVersion'),
    field('schemaVersion', 3, 'archive.wrongVersion'),
    field('schemaVersion', 0, 'archive.wrongVersion'),
    field('schemaVersion', -1, 'archive.wrongVersion'),
    field('schemaVersion', '4', 'archive.wrongVersion'),
    field('schemaVersion', null, 'archive.wrongVersion'),
    field('schemaVersion', undefined, 'archive.wrongVersion'),
  ];
  const planned = all[i % all.length];
  if (!planned) throw new Error('bad-archives: no version case');
  return planned;
}

/** Edits of every other kind, for mixes (a mix never replaces the whole file). */
const MIXABLE: readonly (readonly Edit[])[] = [TAMPER, DUPLICATE, WRONG_TYPE, HUGE_STRING, PROTOTYPE_KEY, DANGLING];

/** How many files of each kind: 200 in all. */
export const BAD_ARCHIVE_COUNTS: Readonly<Record<BadArchiveKind, number>> = {
  truncated: 22,
  version: 18,
  tampered: 28,
  'duplicate-id': 20,
  'wrong-type': 28,
  'huge-string': 18,
  'prototype-key': 22,
  dangling: 22,
  mixed: 22,
};

const EDITS: Partial<Record<BadArchiveKind, readonly Edit[]>> = {
  tampered: TAMPER,
  'duplicate-id': DUPLICATE,
  'wrong-type': WRONG_TYPE,
  'huge-string': HUGE_STRING,
  'prototype-key': PROTOTYPE_KEY,
  dangling: DANGLING,
};

function mixed(baseText: string, seed: number, int: (n: number) => number): Planned {
  const first = int(MIXABLE.length);
  const second = (first + 1 + int(MIXABLE.length - 1)) % MIXABLE.length;
  const kinds = int(3) === 0 ? [first, second, (second + 1) % MIXABLE.length] : [first, second];
  const edits = kinds.map((k) => {
    const list = MIXABLE[k] ?? TAMPER;
    return list[int(list.length)] ?? ((): Damage => ({ label: '', refusedFor: [], where: [] }));
  });
  const planned = ofEdits(baseText, seed, edits);
  if (int(4) !== 0) return planned;
  // Broken, then cut short as well: only the JSON error can be reported.
  const text = planned.text();
  const cut = 1 + int(text.length - 2);
  return {
    label: `${planned.label}, then cut at ${cut}`,
    refusedFor: ['json'],
    where: [[]],
    text: () => planned.text().slice(0, cut),
  };
}

/**
 * The 200 bad files made from a valid archive (as from `richArchive`), deterministic for a seed.
 *
 * @example badArchives(richArchive(laiChau), 6).length === 200
 */
export function badArchives(valid: Archive, seed = 6): BadArchive[] {
  const baseText = JSON.stringify(valid);
  const cases: BadArchive[] = [];
  for (const [kind, count] of Object.entries(BAD_ARCHIVE_COUNTS) as [BadArchiveKind, number][]) {
    for (let i = 0; i < count; i += 1) {
      const caseSeed = seed * 100_003 + cases.length * 7919;
      const int = seeded(caseSeed ^ 0x5bd1e995);
      const edits = EDITS[kind];
      const planned =
        kind === 'truncated'
          ? truncated(baseText, i, int)
          : kind === 'version'
            ? version(baseText, i)
            : kind === 'mixed'
              ? mixed(baseText, caseSeed, int)
              : ofEdits(baseText, caseSeed, [
                  edits?.[i % edits.length] ?? TAMPER[0] ?? (() => ({ label: '', refusedFor: [], where: [] })),
                ]);
      const { label, ...rest } = planned;
      cases.push({ ...rest, kind, name: `${kind}-${String(i + 1).padStart(3, '0')}: ${label}` });
    }
  }
  return cases;
}

const within = (path: readonly unknown[], prefix: ArchivePath) =>
  prefix.length <= path.length && prefix.every((part, i) => path[i] === part);

const keyMatches = (key: string, expected: string) => key === expected || key.startsWith(`${expected}.`);

/** The issues of a refusal that match the case: an expected key, pointing where the damage is. */
export function matchingIssues(bad: BadArchive, issues: readonly DomainIssue[]): DomainIssue[] {
  return issues.filter(
    (found) =>
      bad.refusedFor.some((key) => keyMatches(found.key, key)) &&
      bad.where.some((prefix) => within(found.path, prefix)),
  );
}
