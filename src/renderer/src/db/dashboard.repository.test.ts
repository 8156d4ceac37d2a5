import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import { dashboardYears, loadDashboard } from './dashboard.repository';
import { COUNCIL } from './demo/tam-duong-2025';
import { testRepositories } from './test-support';

const day = (value: string) => value as IsoDate;

async function withCertifiedProduct() {
  const repos = testRepositories();
  await repos.council.save(COUNCIL);
  const producer = await repos.producers.save({
    name: 'Hợp tác xã Nuôi ong Giang Ma',
    type: 'cooperative',
    representative: { name: 'Vàng A Páo', sex: 'male', ethnicity: 'Mông' },
    address: 'Xã Giang Ma, huyện Tam Đường, tỉnh Lai Châu',
    communeCode: '03405',
    phone: '',
    registrationNumber: '',
  });
  if (!producer.ok) throw new Error('producer');
  const product = await repos.products.save({
    name: 'Mật ong bạc hà Giang Ma',
    productSet: 4,
    producerId: producer.value.id,
    code: '12-03405-1-2024',
    description: '',
  });
  if (!product.ok) throw new Error('product');
  const certificate = await repos.certificates.record({
    productId: product.value.id,
    stars: 3,
    score: 67,
    decisionNumber: '1342/QĐ-UBND',
    decisionDate: day('2024-05-28'),
    issuer: 'Ủy ban nhân dân huyện Tam Đường',
    certificateNumber: 'TĐ-OCOP-2024-03',
    note: '',
  });
  if (!certificate.ok) throw new Error('certificate');
  return { repos, productId: product.value.id };
}

describe('loadDashboard', () => {
  it('is null while the workspace has no council', async () => {
    expect(await loadDashboard(testRepositories(), 2025, day('2025-06-15'))).toBeNull();
  });

  it('names the products of the rows it shows', async () => {
    const { repos, productId } = await withCertifiedProduct();
    const data = await loadDashboard(repos, 2025, day('2025-06-15'));
    expect(data?.upgrades.map((row) => row.certificate.productId)).toEqual([productId]);
    expect(data?.products.get(productId)?.name).toBe('Mật ong bạc hà Giang Ma');
  });

  it('follows an upgrade dossier of another year than the one shown', async () => {
    const { repos, productId } = await withCertifiedProduct();
    await repos.dossiers.save({
      productId,
      year: 2026,
      attempt: 'upgrade',
      receivedOn: day('2025-12-20'),
      roundId: null,
      forms: { mau01: true, mau02: true, mau03: false },
      evidence: [],
      samples: { required: 5, received: 5 },
    });
    const data = await loadDashboard(repos, 2025, day('2025-12-22'));
    expect(data?.upgrades).toEqual([]);
    expect(data?.waiting).toEqual([]);
  });
});

describe('dashboardYears', () => {
  it('offers this year and every plan year, opening on the latest plan year when this year has none', async () => {
    const repos = testRepositories();
    await repos.plan.save({ year: 2025, firstEvaluations: 6, upgrades: 1, reEvaluations: 5 });
    await repos.plan.save({ year: 2024, firstEvaluations: 4, upgrades: 0, reEvaluations: 2 });
    expect(await dashboardYears(repos, day('2026-11-29'))).toEqual({ years: [2026, 2025, 2024], initial: 2025 });
    expect(await dashboardYears(repos, day('2025-06-15'))).toEqual({ years: [2025, 2024], initial: 2025 });
  });
});
