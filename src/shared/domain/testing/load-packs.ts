/**
 * Test support, never imported by production code: the bundled rubric packs, parsed and checked the way
 * the app reads them. The caller passes the file reader so that this module stays free of node:* (it
 * is compiled with the shared code, which may not import the platform).
 */
import { formatIssuePath } from '../issues/domain-issue';
import { parseRubricPack } from '../rubric/parse-rubric-pack';
import type { RubricPack, RubricSet } from '../rubric/rubric-pack.schema';

/** The bundled pack files, relative to the repository root (the directory vitest runs in). */
export const BUNDLED_PACK_FILES = {
  '26/2026': 'resources/rubric-packs/26-2026.json',
  '148/2023': 'resources/rubric-packs/148-2023.json',
} as const;

/** A rubric pack from its file text; throws with every issue when the pack is invalid. */
export function packFromText(text: string): RubricPack {
  const parsed = parseRubricPack(JSON.parse(text) as unknown);
  if (!parsed.ok) {
    const lines = parsed.issues.map((found) => `${formatIssuePath(found.path)}: ${found.key}`);
    throw new Error(`invalid rubric pack:\n${lines.join('\n')}`);
  }
  return parsed.value;
}

export interface BundledPacks {
  readonly pack26: RubricPack;
  readonly pack148: RubricPack;
  /** Pack lookup by id, as `checkSession` wants it. */
  readonly lookup: (id: string) => RubricPack | undefined;
}

/** Both bundled packs, read with `readText` (e.g. `(file) => readFileSync(file, 'utf8')`). */
export function loadBundledPacks(readText: (file: string) => string): BundledPacks {
  const pack26 = packFromText(readText(BUNDLED_PACK_FILES['26/2026']));
  const pack148 = packFromText(readText(BUNDLED_PACK_FILES['148/2023']));
  const byId = new Map([
    [pack26.id, pack26],
    [pack148.id, pack148],
  ]);
  return { pack26, pack148, lookup: (id) => byId.get(id) };
}

/** Set `no` of `pack`; throws when the pack has none. */
export function setOf(pack: RubricPack, no: number): RubricSet {
  const set = pack.sets.find((s) => s.no === no);
  if (!set) throw new Error(`pack ${pack.id} has no set ${no}`);
  return set;
}

/**
 * A rubric set file (`ocop-council/rubric-set@1`) that completes set 11 of QĐ 148 the way a user would:
 * set 11 as bundled (part C 32 of 35) plus a 3-point sensory criterion C-6.3 (options 0–3), section C-6
 * raised from 13 to 16 points, marked complete. The criterion is made up for tests.
 */
export function completed148Set11File(pack148: RubricPack): {
  format: 'ocop-council/rubric-set@1';
  pack: string;
  set: RubricSet;
  note: string;
} {
  const set = JSON.parse(JSON.stringify(setOf(pack148, 11))) as RubricSet;
  const sensory = set.sections.find((s) => s.part === 'C' && s.id === '6');
  if (!sensory) throw new Error('148 set 11 has no section C-6');
  sensory.maxPoints += 3;
  let afterSensory = 0;
  set.criteria.forEach((c, index) => {
    if (c.part === 'C' && c.sectionId === '6') afterSensory = index + 1;
  });
  set.criteria.splice(afterSensory, 0, {
    id: 'C-6.3',
    part: 'C',
    sectionId: '6',
    number: '6.3',
    text: 'Hương vị đặc trưng (tiêu chí bổ sung để thử nghiệm)',
    maxPoints: 3,
    options: [0, 1, 2, 3].map((points) => ({ text: `Mức ${points}`, points })),
    minPointsForStar: {},
    inferred: false,
    corrected: false,
    notes: [],
  });
  set.complete = true;
  set.notes = [];
  return { format: 'ocop-council/rubric-set@1', pack: pack148.id, set, note: 'Bổ sung tiêu chí C-6.3' };
}
