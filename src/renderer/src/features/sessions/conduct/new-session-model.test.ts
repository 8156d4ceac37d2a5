import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../../../shared/domain/workspace/dossier.schema';
import type { Round } from '../../../../../shared/domain/workspace/round.schema';
import { candidates, initialSelection, likelyRound, matchesFilter, type CandidateSources } from './new-session-model';

const STAMP = '2026-03-01T08:00:00.000Z';

function dossier(id: string, productId: string, extra: Partial<Dossier> = {}): Dossier {
  return {
    id,
    productId,
    year: 2026,
    attempt: 'first',
    receivedOn: '2026-03-01' as Dossier['receivedOn'],
    roundId: 'r1',
    forms: { mau01: true, mau02: true, mau03: true },
    evidence: [],
    samples: { required: 5, received: 5 },
    precheck: { outcome: 'complete', on: '2026-03-05' as Dossier['receivedOn'], notes: '' },
    evaluation: null,
    history: [{ status: 'complete', on: '2026-03-05' as Dossier['receivedOn'], note: '' }],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

function round(id: string, number: number, extra: Partial<Round> = {}): Round {
  return {
    id,
    profile: 'province-2026',
    year: 2026,
    number,
    deadline: (number === 1 ? '2026-06-30' : '2026-12-30') as Round['deadline'],
    dossiersBy: null,
    status: 'planned',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

const sources: CandidateSources = {
  dossiers: [
    dossier('d1', 'tea'),
    dossier('d2', 'wine', { roundId: null, year: 2025 }),
    dossier('d3', 'honey', { roundId: 'r2' }),
    dossier('d4', 'rice', {
      evaluation: { mean: 72, stars: 4, on: '2026-06-01' as Dossier['receivedOn'], sessionId: 's0' },
    }),
  ],
  products: new Map([
    ['tea', { name: 'Chè Shan tuyết', code: '', productSet: 11, producerId: 'h1' }],
    ['wine', { name: 'Rượu ngô', code: '', productSet: 14, producerId: 'h2' }],
    ['honey', { name: 'Mật ong bạc hà', code: '', productSet: 6, producerId: 'h1' }],
    ['rice', { name: 'Gạo tám', code: '', productSet: 1, producerId: 'h2' }],
  ]),
  producers: new Map([
    ['h1', 'HTX Tam Đường'],
    ['h2', 'HTX Sà Dề Phìn'],
  ]),
  sessions: [
    { title: 'Phiên chấm đợt 2', phase: 'preparing', products: [{ dossierId: 'd3' } as never] },
    { title: 'Phiên cũ', phase: 'finalised', products: [{ dossierId: 'd1' } as never] },
  ],
};

describe('the products a new session may score', () => {
  it('lists complete dossiers not yet evaluated, newest year first, with producer and set', () => {
    const list = candidates(sources, new Set());
    expect(list.map((c) => [c.productName, c.producerName, c.productSet, c.year])).toEqual([
      ['Chè Shan tuyết', 'HTX Tam Đường', 11, 2026],
      ['Mật ong bạc hà', 'HTX Tam Đường', 6, 2026],
      ['Rượu ngô', 'HTX Sà Dề Phìn', 14, 2025],
    ]);
  });

  it('keeps a set the pack marks incomplete in the list but not tickable, and marks dossiers in an unfinished session', () => {
    const list = candidates(sources, new Set([11, 12, 13]));
    expect(list.map((c) => [c.dossierId, c.incompleteSet, c.inSession])).toEqual([
      ['d1', true, null],
      ['d3', false, 'Phiên chấm đợt 2'],
      ['d2', false, null],
    ]);
    // Ticked at first: what can be scored and is not already in another session.
    expect([...initialSelection(list, 'all')]).toEqual(['d2']);
  });

  it('filters by round, or by having no round', () => {
    const list = candidates(sources, new Set());
    expect(list.filter((c) => matchesFilter(c, { roundId: 'r1' })).map((c) => c.dossierId)).toEqual(['d1']);
    expect(list.filter((c) => matchesFilter(c, 'none')).map((c) => c.dossierId)).toEqual(['d2']);
    expect(list.filter((c) => matchesFilter(c, 'all'))).toHaveLength(3);
  });
});

describe('the round a new session most likely scores', () => {
  it('is the open round of the year, else the next planned one', () => {
    const rounds = [round('r1', 1, { status: 'closed' }), round('r2', 2)];
    expect(likelyRound(rounds, '2026-11-02')?.id).toBe('r2');
    expect(likelyRound([round('r1', 1, { status: 'open' }), round('r2', 2)], '2026-05-02')?.id).toBe('r1');
    expect(likelyRound(rounds, '2027-01-10')).toBeNull();
  });
});
