import { describe, expect, it } from 'vitest';
import { progressBoard } from './progress-board';
import { member, product, session, sheets } from './test-support';

describe('the progress board', () => {
  const council = [
    member('m1', { role: 'chair' }),
    member('m2'),
    member('m3', { present: false }),
    member('m4', { role: 'secretary', scores: false }),
  ];

  it('shows each present scoring member’s sheet of each product as missing, being scored or sealed', () => {
    const s = session(council, [product('p1'), product('p2')]);
    const board = progressBoard(s, sheets([['m1', 'p1']], [['m2', 'p1']]));
    expect(board.columns.map((c) => c.member.memberId)).toEqual(['m1', 'm2']);
    expect(board.rows.map((r) => Object.fromEntries(r.cells))).toEqual([
      { m1: 'sealed', m2: 'draft' },
      { m1: 'missing', m2: 'missing' },
    ]);
    expect([board.sealed, board.draft, board.missing, board.expected]).toEqual([1, 1, 2, 4]);
    expect(board.columns.map((c) => [c.sealed, c.expected])).toEqual([
      [1, 2],
      [0, 2],
    ]);
    expect(board.notScoring.map((m) => m.memberId)).toEqual(['m3', 'm4']);
  });

  it('marks a recused member’s cell and does not expect their sheet', () => {
    const s = session(council, [product('p1', { conflicts: [{ memberId: 'm2', note: 'Người nhà' }] })]);
    const board = progressBoard(s, sheets([['m1', 'p1']]));
    expect(Object.fromEntries(board.rows[0]?.cells ?? [])).toEqual({ m1: 'sealed', m2: 'recused' });
    expect([board.rows[0]?.sealed, board.rows[0]?.expected]).toEqual([1, 1]);
  });

  it('leaves excluded products out and follows each product’s current round', () => {
    const s = session(council, [product('p1', { round: 2 }), product('p2', { disqualified: 'Tạp chất' })]);
    const board = progressBoard(
      s,
      sheets([
        ['m1', 'p1', 1],
        ['m2', 'p1', 1],
        ['m1', 'p1', 2],
      ]),
    );
    expect(board.rows.map((r) => r.product.productId)).toEqual(['p1']);
    expect(Object.fromEntries(board.rows[0]?.cells ?? [])).toEqual({ m1: 'sealed', m2: 'missing' });
  });

  it('never carries a score: a cell is only its progress', () => {
    const board = progressBoard(session(council, [product('p1')]), sheets([['m1', 'p1']]));
    expect(JSON.stringify(board.rows)).not.toContain('A-1.1');
  });
});
