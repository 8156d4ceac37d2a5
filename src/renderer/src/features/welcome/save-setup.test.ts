import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import { testRepositories } from '../../db/test-support';
import { newDraft, withProfile, type CouncilDraft } from '../council';
import { withUnitName } from '../council/form/council-draft';
import { firstRows, type MemberRow } from './first-members';
import { saveSetup } from './save-setup';

const TODAY = '2026-11-29' as IsoDate;

function tamDuong(): CouncilDraft {
  const draft = newDraft('district-2023');
  return {
    ...draft,
    ...withUnitName(draft, 'huyện Tam Đường'),
    decisionNumber: '1234/QĐ-UBND',
    decisionDate: '2025-02-10',
  };
}

function named(rows: MemberRow[], names: string[]): MemberRow[] {
  return rows.map((row, i) => ({ ...row, name: names[i] ?? '' }));
}

describe('saveSetup', () => {
  it('saves a district council with its derived names, its first members and its 2025 rounds, past so closed', async () => {
    const repos = testRepositories();
    const rows = named(firstRows(), ['Lò Văn Bình', 'Tẩn Thị Mai', '', 'Nguyễn Thu Hà']);
    expect(await saveSetup(repos, tamDuong(), rows, TODAY)).toEqual({ ok: true });

    const council = await repos.council.current();
    expect(council).toMatchObject({
      profile: 'district-2023',
      level: 'district',
      councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường',
      authority: 'Ủy ban nhân dân huyện Tam Đường',
      placeName: 'Tam Đường',
      helperGroupName: 'Tổ giúp việc',
      rules: { quorumFraction: 0.75, chairRequired: true, spreadThreshold: 10, markerRule: 'majority' },
    });
    expect(council?.signers.map((s) => [s.role, s.name])).toEqual([
      ['council-chair', 'Lò Văn Bình'],
      ['council-secretary', 'Nguyễn Thu Hà'],
    ]);
    const members = await repos.members.list('council');
    expect(members.map((m) => [m.name, m.role, m.scores, m.activeFrom])).toEqual([
      ['Lò Văn Bình', 'chair', true, '2025-02-10'],
      ['Tẩn Thị Mai', 'vice-chair', true, '2025-02-10'],
      ['Nguyễn Thu Hà', 'secretary', false, '2025-02-10'],
    ]);
    expect((await repos.rounds.list()).map((r) => [r.year, r.number, r.deadline, r.status])).toEqual([
      [2025, 1, '2025-05-20', 'closed'],
      [2025, 2, '2025-10-20', 'closed'],
    ]);
  });

  it('creates the two 26/2026 rounds of the current year for a provincial council', async () => {
    const repos = testRepositories();
    const draft = tamDuong();
    const province = { ...draft, ...withProfile(draft, 'province-2026') };
    expect(await saveSetup(repos, { ...province, ...withUnitName(province, 'tỉnh Lai Châu') }, [], TODAY)).toEqual({
      ok: true,
    });
    expect((await repos.council.current())?.helperGroupName).toBe('Tổ tư vấn');
    expect((await repos.rounds.list()).map((r) => [r.number, r.dossiersBy, r.deadline, r.status])).toEqual([
      [1, '2026-04-30', '2026-06-30', 'closed'],
      [2, '2026-10-30', '2026-12-30', 'planned'],
    ]);
  });

  it('writes nothing when a field is wrong, and names each field', async () => {
    const repos = testRepositories();
    const bad = { ...tamDuong(), unitName: '', decisionDate: '2025-02-30', spreadThreshold: Number.NaN };
    const result = await saveSetup(repos, bad, named(firstRows(), ['x'.repeat(121)]), TODAY);
    expect(result.ok ? [] : result.issues.map((i) => [i.path.join('.'), i.key])).toEqual([
      ['unitName', 'form.required'],
      ['establishingDecision.date', 'form.date'],
      ['rules.spreadThreshold', 'form.required'],
      ['members.0.name', 'form.tooLong'],
    ]);
    expect(await repos.council.current()).toBeNull();
    expect(await repos.members.list()).toEqual([]);
    expect(await repos.rounds.list()).toEqual([]);
  });
});
