import { sha256Hex } from '../domain/council-session/canonical-sheet';
import type { ArchiveTables } from './archive.schema';

/** One link of the chain: a sealed sheet (its seal event) or a finalised result version. */
export interface ChainEntry {
  readonly table: 'sheetEvents' | 'resultVersions';
  readonly id: string;
  readonly text: string;
}

/**
 * The links of the hash chain over everything with legal weight, in a fixed order: for each session (by
 * creation, then id) its seal events (by sequence), then every result version (by session, then version).
 */
export function chainEntries(tables: Pick<ArchiveTables, 'sessions' | 'sheetEvents' | 'resultVersions'>): ChainEntry[] {
  const order = [...tables.sessions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const rank = new Map(order.map((s, i) => [s.id, i]));
  const seals = tables.sheetEvents
    .filter((e) => e.type === 'seal')
    .sort(
      (a, b) =>
        (rank.get(a.sessionId) ?? -1) - (rank.get(b.sessionId) ?? -1) || a.seq - b.seq || a.id.localeCompare(b.id),
    );
  const versions = [...tables.resultVersions].sort(
    (a, b) => (rank.get(a.sessionId) ?? -1) - (rank.get(b.sessionId) ?? -1) || a.version - b.version,
  );
  return [
    ...seals.map((e) => ({
      table: 'sheetEvents' as const,
      id: e.id,
      text: ['sheet', e.sessionId, e.memberId, e.productId, e.round, e.layer, e.seal ?? '', e.id].join('|'),
    })),
    ...versions.map((v) => ({
      table: 'resultVersions' as const,
      id: v.id,
      text: ['result', v.sessionId, v.version, v.hash].join('|'),
    })),
  ];
}

/**
 * The chain's head: each link hashes the previous head with its own text (SHA-256), so changing, removing
 * or reordering any sealed sheet or result version changes the head.
 *
 * @example chainHead([]) → { head: null, length: 0 }
 */
export function chainHead(entries: readonly ChainEntry[]): { head: string | null; length: number } {
  let head: string | null = null;
  for (const entry of entries) head = sha256Hex(`${head ?? ''}\n${entry.text}`);
  return { head, length: entries.length };
}
