import { describe, expect, it } from 'vitest';
import { deviationTone, matrixCells, memberColumns, type MemberColumn } from './member-matrix';

const columns: MemberColumn[] = [
  { memberId: 'm1', name: 'Lò Văn Thắng', role: 'chair', present: true },
  { memberId: 'm2', name: 'Tẩn Thị Mai', role: 'vice-chair', present: true },
  { memberId: 'm5', name: 'Lê Quang Huy', role: 'member', present: true },
  { memberId: 'm7', name: 'Đỗ Thị Lan', role: 'member', present: true },
  { memberId: 'm8', name: 'Hoàng Văn Phong', role: 'member', present: false },
];

describe('the members × products matrix', () => {
  it('has a column per scoring member, absent ones included, in the council’s order', () => {
    const members = [
      { memberId: 'm1', name: 'A', role: 'chair' as const, scores: true, present: true },
      { memberId: 'm8', name: 'B', role: 'member' as const, scores: true, present: false },
      { memberId: 'm9', name: 'C', role: 'secretary' as const, scores: false, present: true },
    ];
    expect(memberColumns({ members: members as never }).map((c) => c.memberId)).toEqual(['m1', 'm8']);
  });

  it('shows a total with its deviation, a recusal, an absence and a missing sheet', () => {
    const cells = matrixCells(
      columns,
      { conflicts: [{ memberId: 'm5', note: '' }] },
      { memberTotals: { m1: 57, m2: 61, m5: 70 }, mean: 59 },
    );
    expect(cells).toEqual([
      { kind: 'total', total: 57, deviation: -2 },
      { kind: 'total', total: 61, deviation: 2 },
      { kind: 'recused' },
      { kind: 'missing' },
      { kind: 'absent' },
    ]);
  });

  it('tints a total by how far it is from the mean, in steps of the spread threshold', () => {
    expect(deviationTone(6, 10)).toBe('above-strong');
    expect(deviationTone(3, 10)).toBe('above');
    expect(deviationTone(1.5, 10)).toBe('even');
    expect(deviationTone(-2.8, 10)).toBe('below');
    expect(deviationTone(-5.5, 10)).toBe('below-strong');
  });
});
