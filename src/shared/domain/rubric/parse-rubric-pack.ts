import type { DomainIssue } from '../issues/domain-issue';
import { issue } from '../issues/domain-issue';
import { issuesFromZod } from '../issues/from-zod';
import { checkPackRules, checkSetRules } from './check-pack-rules';
import {
  RUBRIC_PACK_FORMAT,
  RUBRIC_SET_FORMAT,
  rubricPackSchema,
  rubricSetFileSchema,
  type RubricPack,
  type RubricSetFile,
} from './rubric-pack.schema';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: DomainIssue[] };

/** Validates a rubric pack (shape, then arithmetic rules). A pack with any issue is refused whole. */
export function parseRubricPack(input: unknown): ParseResult<RubricPack> {
  const parsed = rubricPackSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const issues = checkPackRules(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/** Validates a file that replaces one set of a pack, against the pack's frame. */
export function parseRubricSetFile(input: unknown, base: RubricPack): ParseResult<RubricSetFile> {
  const parsed = rubricSetFileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const file = parsed.data;
  if (file.pack !== base.id)
    return { ok: false, issues: [issue('rubric.setFileWrongPack', ['pack'], { pack: file.pack })] };
  const issues = checkSetRules(file.set, base, ['set']);
  if (!base.sets.some((set) => set.no === file.set.no)) {
    issues.push(issue('rubric.setFileUnknownSet', ['set', 'no'], { set: file.set.no, pack: base.id }));
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: file };
}

/** What kind of rubric file a parsed JSON value claims to be, from its `format` tag. */
export function rubricFileKind(input: unknown): 'pack' | 'set' | 'unknown' {
  if (typeof input !== 'object' || input === null || !('format' in input)) return 'unknown';
  const format = input.format;
  if (format === RUBRIC_PACK_FORMAT) return 'pack';
  if (format === RUBRIC_SET_FORMAT) return 'set';
  return 'unknown';
}

/**
 * A new version of `base` in which the set of `file` replaces the set of the same number; the set's
 * earlier corrections are replaced by the file's. The old version stays valid for the sessions that
 * were scored with it.
 */
export function applySetFile(base: RubricPack, file: RubricSetFile, importedAt: string): RubricPack {
  return {
    ...base,
    version: base.version + 1,
    sets: base.sets.map((set) => (set.no === file.set.no ? file.set : set)),
    corrections: [...base.corrections.filter((c) => c.set !== file.set.no), ...file.corrections],
    amendments: [...base.amendments, { set: file.set.no, importedAt, note: file.note ?? file.set.name }],
  };
}
