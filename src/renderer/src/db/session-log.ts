import type { Table } from 'dexie';
import type { SessionEventRecord } from './records';

/** The next sequence number of a table ordered by [sessionId+seq] (inside the caller's transaction). */
export async function nextSeq<T extends { seq: number }, TInsert>(
  table: Table<T, string, TInsert>,
  sessionId: string,
): Promise<number> {
  const last = await table.where('[sessionId+seq]').between([sessionId, -Infinity], [sessionId, Infinity]).last();
  return (last?.seq ?? 0) + 1;
}

/** One entry of the session's audit log (call inside a transaction that includes sessionEvents). */
export async function appendAudit<TInsert>(
  table: Table<SessionEventRecord, string, TInsert>,
  entry: Omit<SessionEventRecord, 'seq'>,
): Promise<void> {
  const record: SessionEventRecord = { ...entry, seq: await nextSeq(table, entry.sessionId) };
  await table.add(record as unknown as TInsert);
}

/** 32 random bytes as hex (packet keys). */
export function randomHex(bytes = 32): string {
  const buffer = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buffer);
  return [...buffer].map((b) => b.toString(16).padStart(2, '0')).join('');
}
