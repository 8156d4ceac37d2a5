import { describe, expect, it } from 'vitest';
import { sheetLogsOf, type SheetEvent } from '../domain/council-session/sheet-events';
import type { ArchiveTables } from './archive.schema';
import { emptyTables } from './build-archive';
import { mergeTables } from './merge-tables';
import { canonicalJson, compareKeys } from './same-record';

type Tables = ArchiveTables;
type Session = Tables['sessions'][number];
type Event = SheetEvent;

function tables(parts: Partial<Record<keyof Tables, unknown[]>>): Tables {
  return { ...emptyTables(), ...parts } as Tables;
}

const session = (extra: Partial<Session> = {}) =>
  ({
    id: 's1',
    title: 'Phiên 1',
    phase: 'scoring',
    remoteMember: null,
    updatedAt: '2026-07-20T01:00:00.000Z',
    members: [],
    products: [],
    ...extra,
  }) as unknown as Session;

const event = (id: string, seq: number, extra: Partial<Event> = {}): Event => ({
  id,
  sessionId: 's1',
  memberId: 'm1',
  productId: 'p1',
  round: 1,
  layer: 'primary',
  seq,
  at: `2026-07-20T01:00:${String(seq).padStart(2, '0')}.000Z`,
  source: 'member',
  type: 'choose',
  criterionId: 'A-1',
  choice: seq,
  ...extra,
});

const sheetOf = (seal: string | null, choice: number) => ({
  id: 's1|m1|p1|1|primary',
  sessionId: 's1',
  memberId: 'm1',
  productId: 'p1',
  round: 1,
  layer: 'primary',
  choices: { 'A-1': choice },
  comment: '',
  seal,
  sealedAt: seal ? '2026-07-20T01:00:09.000Z' : null,
  source: 'member',
  updatedAt: '2026-07-20T01:00:09.000Z',
});

describe('merging tables', () => {
  it('keeps this laptop’s settings, and adds the ones it lacks', () => {
    const local = tables({ settings: [{ key: 'language', value: 'vi' }] });
    const incoming = tables({
      settings: [
        { key: 'language', value: 'en' },
        { key: 'rubricSelection', value: { set: 6 } },
      ],
    });
    const merged = mergeTables(local, incoming);
    expect(merged.ok && merged.tables.settings).toEqual([
      { key: 'language', value: 'vi' },
      { key: 'rubricSelection', value: { set: 6 } },
    ]);
    expect(merged.ok && merged.summary.kept.map((k) => k.id)).toEqual(['language']);
  });

  it('leaves out another council (one council per workspace) and says so', () => {
    const council = (id: string, councilName: string) => ({ id, councilName, updatedAt: '2026-01-01T00:00:00.000Z' });
    const merged = mergeTables(
      tables({ councils: [council('c1', 'Huyện A')] }),
      tables({ councils: [council('c2', 'Huyện B')] }),
    );
    expect(merged.ok && merged.tables.councils.map((c) => c.id)).toEqual(['c1']);
    expect(merged.ok && merged.summary.otherCouncil).toBe('Huyện B');
    expect(merged.ok && merged.changed).toBe(false);
  });

  it('never lets a member laptop’s copy of a session replace the council’s, however recent', () => {
    const merged = mergeTables(
      tables({ sessions: [session()] }),
      tables({ sessions: [session({ remoteMember: 'm1', updatedAt: '2026-07-21T00:00:00.000Z' })] }),
    );
    expect(merged.ok && merged.tables.sessions[0]?.remoteMember).toBeNull();
    expect(merged.ok && merged.summary.kept.map((k) => k.table)).toEqual(['sessions']);
  });

  it('never lets an open session replace a finalised one, and lets a finalised one replace an open one', () => {
    const finalised = session({ phase: 'finalised', updatedAt: '2026-07-20T02:00:00.000Z' });
    const reopened = session({ phase: 'review', updatedAt: '2026-07-20T03:00:00.000Z' });
    const kept = mergeTables(tables({ sessions: [finalised] }), tables({ sessions: [reopened] }));
    expect(kept.ok && kept.tables.sessions[0]?.phase).toBe('finalised');
    const taken = mergeTables(tables({ sessions: [reopened] }), tables({ sessions: [finalised] }));
    expect(taken.ok && taken.tables.sessions[0]?.phase).toBe('finalised');
  });

  it('re-folds a sheet from both laptops’ events, in sequence order', () => {
    const ours = [event('a-1', 1), event('a-2', 2)];
    const theirs = [
      ...ours,
      event('b-3', 3, { choice: 2 }),
      event('b-4', 4, { type: 'seal', seal: 'f'.repeat(64), criterionId: undefined, choice: undefined }),
    ];
    const merged = mergeTables(
      tables({ sessions: [session()], sheetLogs: sheetLogsOf(ours), sheets: [sheetOf(null, 2)] }),
      tables({ sessions: [session()], sheetLogs: sheetLogsOf(theirs) }),
    );
    if (!merged.ok) throw new Error(JSON.stringify(merged.issues));
    expect(merged.summary.added.sheetLogs).toBe(1);
    expect(merged.puts.sheetLogs[0]?.events.map((e) => e.id)).toEqual(['a-1', 'a-2', 'b-3', 'b-4']);
    expect(merged.tables.sheets).toEqual([
      { ...sheetOf('f'.repeat(64), 2), sealedAt: '2026-07-20T01:00:04.000Z', updatedAt: '2026-07-20T01:00:04.000Z' },
    ]);
  });

  it('ignores another copy of a sheet sealed here with the same seal; refuses one with another seal', () => {
    const seal = (s: string) => event('x', 9, { type: 'seal', seal: s, criterionId: undefined, choice: undefined });
    const local = tables({
      sessions: [session()],
      sheetLogs: sheetLogsOf([event('a-1', 1), { ...seal('a'.repeat(64)), id: 'a-9' }]),
      sheets: [sheetOf('a'.repeat(64), 1)],
    });
    const same = tables({
      sessions: [session()],
      sheetLogs: sheetLogsOf([event('b-1', 1), { ...seal('a'.repeat(64)), id: 'b-9' }]),
      sheets: [sheetOf('a'.repeat(64), 1)],
    });
    const other = tables({
      sessions: [session()],
      sheetLogs: sheetLogsOf([event('b-1', 2), { ...seal('b'.repeat(64)), id: 'b-9' }]),
      sheets: [sheetOf('b'.repeat(64), 2)],
    });
    const ignored = mergeTables(local, same);
    expect(ignored.ok && [ignored.changed, ignored.summary.ignoredEvents]).toEqual([false, 2]);
    const refused = mergeTables(local, other);
    expect(refused).toMatchObject({
      ok: false,
      issues: [{ key: 'archive.merge.sealedDiffers', path: ['tables', 'sheets', 0] }],
    });
  });
});

describe('records compared by content', () => {
  it('ignore key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }], e: undefined })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('order keys as IndexedDB does (code units, not the locale)', () => {
    expect(['b', 'B', 'á', 'a', 2, 10].sort(compareKeys)).toEqual([2, 10, 'B', 'a', 'b', 'á']);
  });
});
