import { describe, expect, it } from 'vitest';
import { sessionResults } from '../../../../../shared/domain/council-session/session-file';
import { resultsView } from './results-view';
import { laiChau, plain, tamDuong } from './test-support';

describe('the results screen model', () => {
  it('takes the results exactly as the CLI prints them for the worked examples', () => {
    for (const example of [laiChau(), tamDuong()]) {
      const results = sessionResults(example.session, example.sheets.values(), example.compiled);
      expect(plain(results)).toEqual(example.expected);
      const view = resultsView(example.session, example.sheets, results, example.sets, example.compiled);
      expect(view.products.map((p) => p.result)).toEqual(results.products);
    }
  });

  it('has a column for every member who scores, absent ones too, and none for a secretary who does not score', () => {
    const { session, sheets, sets, compiled, expected } = tamDuong();
    const view = resultsView(session, sheets, expected, sets, compiled);
    expect(view.columns.map((c) => [c.memberId, c.present])).toEqual([
      ['m1', true],
      ['m2', true],
      ['m3', true],
      ['m4', true],
      ['m5', true],
      ['m6', true],
      ['m7', true],
      ['m8', false],
    ]);
  });

  it('shows the recused member of the re-scored product as recused and keeps its first round', () => {
    const { session, sheets, sets, compiled, expected } = tamDuong();
    const p4 = resultsView(session, sheets, expected, sets, compiled).products.find(
      (p) => p.product.productId === 'p4',
    );
    expect(p4?.cells.map((c) => (c.kind === 'total' ? c.total : c.kind))).toEqual([
      57,
      61,
      56,
      58,
      'recused',
      59,
      57,
      'absent',
    ]);
    expect(p4?.earlierRounds.map((r) => [r.round, r.result.spread, r.result.status])).toEqual([[1, 16, 'rescore']]);
    expect(p4?.earlierRounds[0]?.cells.map((c) => (c.kind === 'total' ? c.total : c.kind))).toEqual([
      55,
      68,
      52,
      57,
      'recused',
      60,
      54,
      'absent',
    ]);
  });

  it('gives part maxima from the form and explains the lowered star of Lai Châu q2 only', () => {
    const { session, sheets, sets, compiled, expected } = laiChau();
    const view = resultsView(session, sheets, expected, sets, compiled);
    expect(view.products.map((p) => p.partMax)).toEqual([
      { A: 40, B: 25, C: 35 },
      { A: 40, B: 25, C: 35 },
    ]);
    expect(view.products.map((p) => p.gate?.levels.map((l) => l.shortfalls.map((s) => s.id)) ?? null)).toEqual([
      null,
      [['C-9']],
    ]);
  });

  it('leaves a disqualified product without figures, rounds or explanation', () => {
    const { session, sheets, sets, compiled, expected } = tamDuong();
    const p6 = resultsView(session, sheets, expected, sets, compiled).products.find(
      (p) => p.product.productId === 'p6',
    );
    expect(p6).toMatchObject({ earlierRounds: [], gate: null, result: { status: 'disqualified', mean: null } });
  });
});
