import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import { loadDashboard, type DashboardData } from '../dashboard.repository';
import { testRepositories } from '../test-support';
import { prepareWorkspace } from './prepare-workspace';
import { TAM_DUONG_2025_FIGURES as FIGURES } from './tam-duong-2025';
import { seedTamDuong2025 } from './seed-tam-duong';

const day = (value: string) => value as IsoDate;

async function demo() {
  const repos = testRepositories();
  await seedTamDuong2025(repos);
  return repos;
}

const names = (data: DashboardData, ids: readonly string[]) => ids.map((id) => data.products.get(id)?.name);

describe('the Tam Đường 2025 demo', () => {
  it('is a district council of 9 members with a helper group of 4, 12 producers and 14 products', async () => {
    const repos = await demo();
    const council = await repos.council.current();
    expect(council?.profile).toBe('district-2023');
    expect(council?.councilName).toBe('Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường');
    expect(await repos.members.list('council')).toHaveLength(FIGURES.councilMembers);
    expect((await repos.members.list('council')).filter((m) => !m.scores).map((m) => m.role)).toEqual(['secretary']);
    expect(await repos.members.list('helper-group')).toHaveLength(FIGURES.helperGroup);
    expect(await repos.producers.count()).toBe(FIGURES.producers);
    expect(await repos.products.count()).toBe(FIGURES.products);
    const sets = new Set((await repos.products.search('')).items.map((p) => p.productSet));
    for (const set of [3, 4, 6, 11, 26]) expect(sets).toContain(set);
  });

  it('shows on 15/06/2025 the plan, deadlines, expiries, waiting dossiers and upgrade stated in the data file', async () => {
    const repos = await demo();
    const data = await loadDashboard(repos, 2025, day('2025-06-15'));
    if (!data) throw new Error('no council');
    const expected = FIGURES.on20250615;
    expect(Object.fromEntries(data.plan.attempts.map(({ attempt, ...rest }) => [attempt, rest]))).toEqual(
      expected.plan,
    );
    expect(data.deadlines.map(({ kind, date, daysLeft }) => ({ kind, date, daysLeft }))).toEqual(expected.deadlines);
    const due = data.certificates.filter((row) => row.kind === 'expired');
    expect(
      names(
        data,
        due.map((row) => row.certificate.productId),
      ),
    ).toEqual(expected.expiredDue);
    expect(
      due.every(
        (row) => row.certificate.decisionDate.startsWith('2021') || row.certificate.decisionDate.startsWith('2022'),
      ),
    ).toBe(true);
    const inWindow = data.certificates.filter((row) => row.kind === 're-evaluation-window');
    expect(
      names(
        data,
        inWindow.map((row) => row.certificate.productId),
      ),
    ).toEqual(expected.inWindow);
    expect(inWindow[0]?.daysToExpiry).toBe(156);
    expect(data.certificates).toHaveLength(expected.expiredDue.length + expected.inWindow.length);
    expect(data.waiting.filter((row) => row.kind === 'precheck')).toHaveLength(expected.waitingPrecheck);
    expect(data.waiting.filter((row) => row.kind === 'returned').map((row) => row.days)).toEqual([44]);
    expect(
      names(
        data,
        data.upgrades.map((row) => row.certificate.productId),
      ),
    ).toEqual(expected.upgradeCandidates);
    expect(data.upgrades[0]).toMatchObject({ nextStars: 4, nextBandMin: 70, gap: 3, certificate: { score: 67 } });
  });

  it('shows on 29/11/2026 (no plan for 2026) seven certificates due and the honey entering its window', async () => {
    const repos = await demo();
    const data = await loadDashboard(repos, 2025, day('2026-11-29'));
    if (!data) throw new Error('no council');
    const expected = FIGURES.on20261129;
    expect(data.certificates.filter((row) => row.kind === 'expired')).toHaveLength(expected.expiredDue);
    const inWindow = data.certificates.filter((row) => row.kind === 're-evaluation-window');
    expect(
      names(
        data,
        inWindow.map((row) => row.certificate.productId),
      ),
    ).toEqual(expected.inWindow);
    expect(inWindow[0]?.daysToExpiry).toBe(180);
    expect(data.upgrades).toHaveLength(expected.upgradeCandidates);
    expect(data.deadlines).toEqual([]);
  });

  it('is filled only in the demo workspace, and only once', async () => {
    const main = testRepositories();
    await prepareWorkspace(main);
    expect(await main.council.current()).toBeNull();
    const demoRepos = Object.assign(testRepositories(), { workspace: 'demo' as const });
    await prepareWorkspace(demoRepos);
    await prepareWorkspace(demoRepos);
    expect(await demoRepos.products.count()).toBe(FIGURES.products);
  });
});

describe('prepareWorkspace', () => {
  it('fills the demo once even when it is opened twice at the same moment', async () => {
    const repos = Object.assign(testRepositories(), { workspace: 'demo' as const });
    await Promise.all([prepareWorkspace(repos), prepareWorkspace(repos)]);
    expect(await repos.products.count()).toBe(FIGURES.products);
    expect(await repos.members.list()).toHaveLength(FIGURES.councilMembers + FIGURES.helperGroup);
  });
});
