import { describe, expect, it } from 'vitest';
import type { SnapshotReason } from '../../shared/ipc/snapshots-schemas';
import { parseSnapshotName, snapshotName, type SnapshotName } from './snapshot-names';
import { snapshotsToDelete } from './snapshot-rotation';

function snap(at: string, reason: SnapshotReason = 'daily'): SnapshotName {
  const parsed = parseSnapshotName(snapshotName(new Date(at), reason));
  if (!parsed) throw new Error(at);
  return parsed;
}

/** One daily snapshot at 08:00 UTC on each day from `from` for `days` days. */
function days(from: string, count: number): SnapshotName[] {
  const start = Date.parse(`${from}T08:00:00Z`);
  return Array.from({ length: count }, (_, i) => snap(new Date(start + i * 86_400_000).toISOString()));
}

const day = (s: SnapshotName) => s.createdAt.slice(0, 10);

describe('snapshot names', () => {
  it('put the UTC time first, with dashes (Windows forbids colons), then the reason', () => {
    expect(snapshotName(new Date('2026-07-20T08:30:00.123Z'), 'before-restore')).toBe(
      '2026-07-20T08-30-00-123Z-before-restore.archive.json',
    );
    expect(snapshotName(new Date('2026-07-20T08:30:00Z'), 'daily', 2)).toBe(
      '2026-07-20T08-30-00-000Z-daily-2.archive.json',
    );
  });

  it('parse back only what they look like', () => {
    expect(parseSnapshotName('2026-07-20T08-30-00-123Z-finalise.archive.json')).toEqual({
      name: '2026-07-20T08-30-00-123Z-finalise.archive.json',
      reason: 'finalise',
      createdAt: '2026-07-20T08:30:00.123Z',
      n: 1,
    });
    for (const name of [
      '../2026-07-20T08-30-00-123Z-daily.archive.json',
      '2026-07-20T08-30-00-123Z-weekly.archive.json',
      '2026-07-20T08-30-00-123Z-daily.archive.json.tmp',
      '.2026-07-20T08-30-00-123Z-daily.archive.json.abc.tmp',
      '2026-13-45T08-30-00-123Z-daily.archive.json',
      'notes.txt',
    ])
      expect(parseSnapshotName(name), name).toBeNull();
  });
});

describe('snapshot rotation', () => {
  it('keeps everything while there are fewer snapshots than the policy allows', () => {
    expect(snapshotsToDelete(days('2026-07-01', 7))).toEqual([]);
  });

  it('keeps the last 7 daily snapshots and the last of each earlier month, for 12 months', () => {
    // Every day from 1 January 2025 to 20 July 2026: 566 daily snapshots.
    const all = days('2025-01-01', 566);
    const deleted = new Set(snapshotsToDelete(all).map((s) => s.name));
    const kept = all.filter((s) => !deleted.has(s.name)).map(day);
    expect(kept).toEqual([
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-14',
      '2026-07-15',
      '2026-07-16',
      '2026-07-17',
      '2026-07-18',
      '2026-07-19',
      '2026-07-20',
    ]);
  });

  it('counts months that have snapshots, so a laptop left unused for a year keeps its older months', () => {
    const all = [...days('2024-03-10', 3), ...days('2026-07-01', 3)];
    expect(snapshotsToDelete(all, { daily: 2, monthly: 2, events: 20 }).map(day)).toEqual([
      '2024-03-10',
      '2024-03-11',
      '2026-07-01',
    ]);
  });

  it('keeps the last 20 event snapshots whatever their reason, apart from the daily ones', () => {
    const events = Array.from({ length: 24 }, (_, hour) =>
      snap(`2026-07-20T${String(hour).padStart(2, '0')}:00:00Z`, hour % 2 ? 'finalise' : 'before-import'),
    );
    const daily = days('2026-07-14', 7);
    const deleted = snapshotsToDelete([...events, ...daily]);
    expect(deleted.map((s) => s.createdAt)).toEqual(events.slice(0, 4).map((s) => s.createdAt));
  });

  it('follows a smaller policy', () => {
    const all = [
      ...days('2026-07-01', 5),
      snap('2026-07-03T09:00:00Z', 'manual'),
      snap('2026-07-04T09:00:00Z', 'manual'),
    ];
    const deleted = snapshotsToDelete(all, { daily: 2, monthly: 0, events: 1 });
    expect(deleted.map((s) => `${day(s)} ${s.reason}`)).toEqual([
      '2026-07-01 daily',
      '2026-07-02 daily',
      '2026-07-03 daily',
      '2026-07-03 manual',
    ]);
  });
});
