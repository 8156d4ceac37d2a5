import { issue, type DomainIssue } from '../domain/issues/domain-issue';
import type { RubricPack } from '../domain/rubric/rubric-pack.schema';
import { PRIMARY_KEYS, TABLE_NAMES, type Archive, type ArchiveTables, type TableName } from './archive.schema';
import { buildArchive } from './build-archive';
import { mergeTables, type MergeOutcome } from './merge-tables';
import { canonicalJson } from './same-record';
import { verifyArchive } from './verify-archive';

const WHO = { name: 'merge', version: '0' };

function integrityProblems(tables: ArchiveTables, packs: readonly RubricPack[]): DomainIssue[] {
  return verifyArchive(buildArchive({ tables, packs, documents: [], exportedAt: '-', app: WHO, workspace: '-' }));
}

/**
 * The issue with its record named by primary key instead of by position (`['tables', 'sheets', 'a|b|…']`):
 * positions in the merged tables mean nothing to a reader of the file.
 */
function byKey(found: DomainIssue, tables: ArchiveTables): DomainIssue {
  const [head, table, index, ...rest] = found.path;
  if (head !== 'tables' || typeof index !== 'number' || !TABLE_NAMES.includes(table as TableName)) return found;
  const record = (tables[table as TableName] as readonly Record<string, unknown>[])[index];
  const key = record?.[PRIMARY_KEYS[table as TableName]];
  if (typeof key !== 'string' && typeof key !== 'number') return found;
  return { ...found, path: ['tables', table as TableName, String(key), ...rest] };
}

/** The packs of both sides, each id and version once. */
export function unionPacks(...lists: (readonly RubricPack[])[]): RubricPack[] {
  const byKey = new Map<string, RubricPack>();
  for (const pack of lists.flat())
    if (!byKey.has(`${pack.id}@${pack.version}`)) byKey.set(`${pack.id}@${pack.version}`, pack);
  return [...byKey.values()];
}

/**
 * Merges a checked and verified archive into a workspace's tables (mergeTables), then verifies the
 * workspace as it would be: a merge may not leave it with an integrity problem it did not have before
 * (a sheet no longer equal to its events, a broken result chain, results not covering the seals). Problems
 * the workspace already had are not the file's fault and do not block it.
 *
 * @example a file adding a sealed sheet to a finalised session → { ok: false, issues: [merge.wouldBreak,
 *   archive.resultSeals] }
 */
export function mergeArchive(
  local: { readonly tables: ArchiveTables; readonly packs: readonly RubricPack[] },
  incoming: Archive,
): MergeOutcome {
  const merged = mergeTables(local.tables, incoming.tables);
  if (!merged.ok || !merged.changed) return merged;
  const packs = unionPacks(local.packs, incoming.packs);
  const known = new Set(integrityProblems(local.tables, packs).map((i) => i.key + canonicalJson(i.params)));
  const fresh = integrityProblems(merged.tables, packs)
    .filter((i) => !known.has(i.key + canonicalJson(i.params)))
    .map((i) => byKey(i, merged.tables));
  return fresh.length > 0 ? { ok: false, issues: [issue('archive.merge.wouldBreak', []), ...fresh] } : merged;
}
