import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SheetLog } from '../domain/council-session/sheet-events';
import type { ArchiveTables } from './archive.schema';
import { groupLogs, groupSheets, logsOf, productRecordId, ungroupLogs, ungroupSheets } from './sheet-records';

type Sheet = ArchiveTables['sheets'][number];

const sheet = (sessionId: string, memberId: string, productId: string, round = 1): Sheet => ({
  id: `${sessionId}|${memberId}|${productId}|${round}|primary`,
  sessionId,
  memberId,
  productId,
  round,
  layer: 'primary',
  choices: { 'A-1.1': 1 },
  comment: '',
  seal: null,
  sealedAt: null,
  source: 'member',
  updatedAt: '2026-07-20T01:00:00.000Z',
});

const logOf = (s: Sheet, events = 1): SheetLog => ({
  id: s.id,
  sessionId: s.sessionId,
  memberId: s.memberId,
  productId: s.productId,
  round: s.round,
  layer: s.layer,
  events: Array.from({ length: events }, (_, i) => ({
    id: `${s.id}-e${i + 1}`,
    seq: i + 1,
    at: '2026-07-20T01:00:00.000Z',
    source: 'member' as const,
    type: 'choose' as const,
    criterionId: 'A-1.1',
    choice: i % 3,
  })),
});

describe('sheets and logs stored by product', () => {
  it('groups a session’s sheets by product, in the order the products first appear', () => {
    const sheets = [sheet('s1', 'm1', 'p2'), sheet('s1', 'm1', 'p1'), sheet('s1', 'm2', 'p2'), sheet('s2', 'm1', 'p2')];
    const groups = groupSheets(sheets);
    expect(groups.map((g) => [g.id, g.sessionId, g.productId, g.sheets.map((s) => s.memberId)])).toEqual([
      ['s1|p2', 's1', 'p2', ['m1', 'm2']],
      ['s1|p1', 's1', 'p1', ['m1']],
      ['s2|p2', 's2', 'p2', ['m1']],
    ]);
    expect(productRecordId({ sessionId: 's1', productId: 'p2' })).toBe('s1|p2');
  });

  it('gives back every sheet and log, each product’s in their order (property)', () => {
    const key = fc.record({
      session: fc.constantFrom('s1', 's2'),
      member: fc.constantFrom('m1', 'm2', 'm3'),
      product: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
      round: fc.integer({ min: 1, max: 3 }),
      events: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { selector: (k) => `${k.session}|${k.member}|${k.product}|${k.round}` }),
        (keys) => {
          const sheets = keys.map((k) => sheet(k.session, k.member, k.product, k.round));
          const logs = sheets.map((s, i) => logOf(s, keys[i]?.events ?? 0));
          const backSheets = ungroupSheets(groupSheets(sheets));
          const backLogs = ungroupLogs(groupLogs(logs));
          const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
          expect(byId(backSheets)).toEqual(byId(sheets));
          expect(byId(backLogs)).toEqual(byId(logs));
          // Within a product the order is kept.
          for (const group of groupSheets(sheets)) {
            const own = sheets.filter((s) => productRecordId(s) === group.id);
            expect(group.sheets).toEqual(own);
          }
        },
      ),
    );
  });

  it('keeps a product’s logs as JSON text, and reads damaged text as no logs', () => {
    const [record] = groupLogs([logOf(sheet('s1', 'm1', 'p1'), 3)]);
    if (!record) throw new Error('no record');
    expect(typeof record.logsJson).toBe('string');
    expect(logsOf(record)[0]?.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(logsOf({ ...record, logsJson: '[{"id":' })).toEqual([]);
    expect(logsOf({ ...record, logsJson: '{"id":"x"}' })).toEqual([]);
    expect(logsOf(undefined)).toEqual([]);
  });
});
