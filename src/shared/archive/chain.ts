import { sha256Hex } from '../domain/council-session/canonical-sheet';
import type { ArchiveTables } from './archive.schema';

/** One link of the chain: a sealed sheet (its seal event) or a finalised result version. */
export interface ChainEntry {
  readonly table: 'sheetLogs' | 'resultVersions';
  readonly id: string;
  readonly text: string;
}

/**
 * The links of the hash chain over everything with legal weight, in a fixed order: for each session (by
 * creation, then id) the seal events of its sheets' logs (by sequence, then id), then every result version (by session, then version).
 */
export function chainEntries(tables: Pick<ArchiveTables, 'sessions' | 'sheetLogs' | 'resultVersions'>): ChainEntry[] {
  const order = [...tables.sessions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const rank = new Map(order.map((s, i) => [s.id, i]));
  const seals: { rank: number; seq: number; id: string; text: string }[] = [];
  for (const log of tables.sheetLogs) {
    for (const e of log.events) {
      if (e.type !== 'seal') continue;
      seals.push({
        rank: rank.get(log.sessionId) ?? -1,
        seq: e.seq,
        id: e.id,
        text: ['sheet', log.sessionId, log.memberId, log.productId, log.round, log.layer, e.seal ?? '', e.id].join('|'),
      });
    }
  }
  seals.sort((a, b) => a.rank - b.rank || a.seq - b.seq || a.id.localeCompare(b.id));
  const versions = [...tables.resultVersions].sort(
    (a, b) => (rank.get(a.sessionId) ?? -1) - (rank.get(b.sessionId) ?? -1) || a.version - b.version,
  );
  return [
    ...seals.map(({ id, text }) => ({ table: 'sheetLogs' as const, id, text })),
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
