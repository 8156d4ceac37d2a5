import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import type { DossierInput } from './dossiers.repository';
import type { ProducerInput } from './producers.repository';
import { testRepositories } from './test-support';

const day = (value: string) => value as IsoDate;

const producer = (name: string): ProducerInput => ({
  name,
  type: 'cooperative',
  representative: { name: 'Lò Văn Minh', sex: 'male', ethnicity: 'Thái' },
  address: 'Xã Bình Lư, tỉnh Lai Châu',
  communeCode: '03637',
  phone: '',
  registrationNumber: '',
});

async function twoProducers() {
  const repos = testRepositories();
  const tea = await repos.producers.save(producer('HTX Chè Tam Đường'));
  const noodle = await repos.producers.save(producer('Cơ sở Miến dong Bình Lư'));
  if (!tea.ok || !noodle.ok) throw new Error('producers');
  const product = async (name: string, producerId: string, code = '') => {
    const saved = await repos.products.save({ name, productSet: 11, producerId, code, description: '' });
    if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
    return saved.value;
  };
  return { repos, tea: tea.value, noodle: noodle.value, product };
}

const dossier = (productId: string, year: number): DossierInput => ({
  productId,
  year,
  attempt: 'first',
  receivedOn: day(`${year}-03-10`),
  roundId: null,
  forms: { mau01: true, mau02: true, mau03: true },
  evidence: [],
  samples: { required: 5, received: 5 },
});

describe('what the products area reads', () => {
  it('offers producers by name, in Vietnamese order', async () => {
    const { repos, tea, noodle } = await twoProducers();
    expect(await repos.producers.names()).toEqual([
      { id: noodle.id, name: 'Cơ sở Miến dong Bình Lư' },
      { id: tea.id, name: 'HTX Chè Tam Đường' },
    ]);
  });

  it('counts the products of each producer and finds products by id', async () => {
    const { repos, tea, noodle, product } = await twoProducers();
    const black = await product('Chè đen', tea.id);
    const green = await product('Chè xanh', tea.id);
    expect([...(await repos.products.countsByProducer())]).toEqual([[tea.id, 2]]);
    expect(noodle.id).not.toBe(tea.id);
    const found = await repos.products.byIds([green.id, 'gone', black.id, green.id]);
    expect([...found.keys()].sort()).toEqual([black.id, green.id].sort());
    expect(found.get(green.id)?.name).toBe('Chè xanh');
  });

  it('counts the dossiers and lists the years that have some, newest first', async () => {
    const { repos, tea, product } = await twoProducers();
    const black = await product('Chè đen', tea.id);
    for (const year of [2024, 2026, 2024, 2025])
      expect((await repos.dossiers.save(dossier(black.id, year))).ok).toBe(true);
    expect(await repos.dossiers.years()).toEqual([2026, 2025, 2024]);
    expect(await repos.dossiers.count()).toBe(4);
  });
});

describe('forms that name every problem at once', () => {
  it('says a product needs its producer chosen, beside its other problems', async () => {
    const { repos } = await twoProducers();
    const result = await repos.products.save({
      name: ' ',
      productSet: 11,
      producerId: '',
      code: '12-3637-1',
      description: '',
    });
    expect(result.ok ? [] : result.issues.map((i) => [i.key, i.path.join('.')])).toEqual([
      ['form.required', 'name'],
      ['form.producerMissing', 'producerId'],
      ['form.productCode', 'code'],
    ]);
    expect(await repos.products.count()).toBe(0);
  });

  it('says a dossier needs its product chosen, beside its other problems', async () => {
    const { repos } = await twoProducers();
    const result = await repos.dossiers.save({ ...dossier('', 2025), receivedOn: day(''), year: Number.NaN });
    expect(result.ok ? [] : result.issues.map((i) => [i.key, i.path.join('.')])).toEqual([
      ['form.productMissing', 'productId'],
      ['form.year', 'year'],
      ['form.date', 'receivedOn'],
    ]);
    expect(await repos.dossiers.list()).toEqual([]);
  });

  it('says a certificate needs its product and a free number, beside its other problems', async () => {
    const { repos, tea, product } = await twoProducers();
    const black = await product('Chè đen', tea.id);
    const input = {
      productId: black.id,
      stars: 4,
      score: null,
      decisionNumber: '12/QĐ-UBND',
      decisionDate: day('2025-05-31'),
      issuer: 'UBND huyện Tam Đường',
      certificateNumber: 'GCN-01',
      note: '',
    };
    expect((await repos.certificates.record(input)).ok).toBe(true);
    const result = await repos.certificates.record({ ...input, productId: '', stars: 2, decisionDate: day('31/05') });
    expect(result.ok ? [] : result.issues.map((i) => [i.key, i.path.join('.')])).toEqual([
      ['form.productMissing', 'productId'],
      ['form.certificateNumberTaken', 'certificateNumber'],
      ['form.stars', 'stars'],
      ['form.date', 'decisionDate'],
    ]);
    expect((await repos.certificates.entries()).length).toBe(1);
  });

  it('reports a pre-check without a date once, at the pre-check, and keeps the history as it was', async () => {
    const { repos, tea, product } = await twoProducers();
    const black = await product('Chè đen', tea.id);
    const saved = await repos.dossiers.save(dossier(black.id, 2025));
    if (!saved.ok) throw new Error('dossier');
    const result = await repos.dossiers.precheck(saved.value.id, { outcome: 'returned', on: day(''), notes: ' ' });
    expect(result.ok ? [] : result.issues.map((i) => [i.key, i.path.join('.')])).toEqual([
      ['form.date', 'precheck.on'],
      ['form.precheckNotes', 'precheck.notes'],
    ]);
    expect((await repos.dossiers.get(saved.value.id))?.history.map((e) => e.status)).toEqual(['received']);
  });
});
