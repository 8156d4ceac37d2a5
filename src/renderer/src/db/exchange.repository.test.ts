import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import { selectForImport, type ImportBatch } from '../../../shared/domain/exchange/import-selection';
import { validateImport } from '../../../shared/domain/exchange/validate-import';
import type { RawRow } from '../../../shared/domain/exchange/workbook-rows';
import { REQUEST_SCHEMAS } from '../../../shared/ipc/schemas';
import type { Repositories } from './database';
import { testRepositories } from './test-support';

const PRODUCERS: RawRow[] = [
  {
    row: 2,
    cells: {
      name: 'Hợp tác xã Miến dong Bình Lư',
      type: 'Hợp tác xã',
      representative: 'Lò Văn Minh',
      sex: 'Nam',
      ethnicity: 'Thái',
      address: 'Xã Bình Lư',
      communeCode: '03637',
      registrationNumber: '12/2019/HTX',
    },
  },
  {
    row: 3,
    cells: {
      name: 'Hộ kinh doanh Mật ong Sơn Bình',
      type: 'Hộ kinh doanh',
      representative: 'Tẩn Thị Mai',
      sex: 'Nữ',
      ethnicity: 'Dao',
      address: 'Xã Sơn Bình',
    },
  },
];

const PRODUCTS: RawRow[] = [
  {
    row: 2,
    cells: {
      name: 'Miến dong Bình Lư',
      productSet: 6,
      producer: 'Hợp tác xã Miến dong Bình Lư',
      code: '12-03637-1-2025',
    },
  },
  { row: 3, cells: { name: 'Mật ong bạc hà', productSet: 4, producer: 'Hộ kinh doanh Mật ong Sơn Bình' } },
  { row: 4, cells: { name: 'Miến dong đen', productSet: 6, producer: '12/2019/HTX' } },
];

/** The whole import as the screen runs it: check against the workspace, select, write. */
async function importRows(repos: Repositories, skipInvalid = false) {
  const plan = validateImport({ producers: PRODUCERS, products: PRODUCTS }, await repos.exchange.known());
  const selection = selectForImport(plan, { skipInvalid });
  if (!selection.ok) throw new Error('invalid rows');
  return { plan, batch: selection.batch, result: await repos.exchange.importProducersAndProducts(selection.batch) };
}

async function counts(repos: Repositories) {
  return { producers: await repos.producers.count(), products: await repos.products.count() };
}

describe('ExchangeRepository.importProducersAndProducts', () => {
  it('writes a file’s producers and products, each product linked to its producer and findable by it', async () => {
    const repos = testRepositories();
    const { result } = await importRows(repos);
    expect(result).toEqual({
      ok: true,
      value: { producersAdded: 2, productsAdded: 3, producersExisting: 0, productsExisting: 0 },
    });
    const [binhLu] = await repos.producers.search('Bình Lư');
    expect(binhLu?.representative).toEqual({ name: 'Lò Văn Minh', sex: 'male', ethnicity: 'Thái' });
    const byProducer = await repos.products.search('binh lu');
    expect(byProducer.items.map((p) => p.name).sort()).toEqual(['Miến dong Bình Lư', 'Miến dong đen']);
    expect(byProducer.items.every((p) => p.producerId === binhLu?.id)).toBe(true);
  });

  it('adds nothing when the same file is imported a second time, and says what was already there', async () => {
    const repos = testRepositories();
    const first = await importRows(repos);
    const second = await importRows(repos);
    expect(second.plan.issues).toEqual([]);
    expect(second.plan.producers.every((line) => line.status === 'existing')).toBe(true);
    expect(second.batch).toEqual({ producers: [], products: [] });
    expect(await counts(repos)).toEqual({ producers: 2, products: 3 });
    // A stale preview imported again (the batch of the first run) is matched at write time too.
    const stale = await repos.exchange.importProducersAndProducts(first.batch);
    expect(stale).toEqual({
      ok: true,
      value: { producersAdded: 0, productsAdded: 0, producersExisting: 2, productsExisting: 3 },
    });
    expect(await counts(repos)).toEqual({ producers: 2, products: 3 });
  });

  it('writes nothing when one record fails its schema, after others were written in the transaction', async () => {
    const repos = testRepositories();
    const { batch } = await (async () => {
      const plan = validateImport({ producers: PRODUCERS, products: PRODUCTS }, await repos.exchange.known());
      const selection = selectForImport(plan, { skipInvalid: false });
      if (!selection.ok) throw new Error('invalid rows');
      return selection;
    })();
    const [first, second, ...rest] = batch.products;
    if (!first || !second) throw new Error('products');
    const broken: ImportBatch = {
      producers: batch.producers,
      products: [first, { ...second, draft: { ...second.draft, productSet: 27 } }, ...rest],
    };
    const result = await repos.exchange.importProducersAndProducts(broken);
    expect(result).toEqual({
      ok: false,
      issues: [
        { sheet: 'products', row: 3, column: 'productSet', key: 'issue.form.productSet', params: { maximum: 26 } },
      ],
    });
    expect(await counts(repos)).toEqual({ producers: 0, products: 0 });
  });

  it('writes nothing when the database fails half-way', async () => {
    const repos = testRepositories();
    let created = 0;
    repos.db.products.hook('creating', () => {
      created += 1;
      if (created === 2) throw new Error('disk full');
    });
    await expect(importRows(repos)).rejects.toThrow('disk full');
    expect(await counts(repos)).toEqual({ producers: 0, products: 0 });
  });

  it('refuses, writing nothing, a product code taken since the preview', async () => {
    const repos = testRepositories();
    const plan = validateImport({ producers: PRODUCERS, products: PRODUCTS }, await repos.exchange.known());
    const selection = selectForImport(plan, { skipInvalid: false });
    if (!selection.ok) throw new Error('invalid rows');
    const other = await repos.producers.save({
      name: 'Doanh nghiệp Khác',
      type: 'enterprise',
      representative: { name: 'A', sex: 'male', ethnicity: 'Kinh' },
      address: 'B',
      communeCode: '',
      phone: '',
      registrationNumber: '',
    });
    if (!other.ok) throw new Error('producer');
    await repos.products.save({
      name: 'Sản phẩm khác',
      productSet: 1,
      producerId: other.value.id,
      code: '12-03637-1-2025',
      description: '',
    });
    const result = await repos.exchange.importProducersAndProducts(selection.batch);
    expect(result).toMatchObject({
      ok: false,
      issues: [{ sheet: 'products', row: 2, column: 'code', key: 'exchange.issue.codeTaken' }],
    });
    expect(await counts(repos)).toEqual({ producers: 1, products: 1 });
  });
});

describe('ExchangeRepository.exportData', () => {
  it('reads every register without search words, in the shape the export channel accepts', async () => {
    const repos = testRepositories();
    await importRows(repos);
    await repos.plan.save({ year: 2025, firstEvaluations: 6, upgrades: 1, reEvaluations: 5 });
    const data = await repos.exchange.exportData('2025-12-15' as IsoDate);
    expect(data.producers).toHaveLength(2);
    expect(data.products[0]).not.toHaveProperty('searchWords');
    expect(data.council).toBeNull();
    expect(data.planTargets.map((p) => p.year)).toEqual([2025]);
    expect(REQUEST_SCHEMAS['exchange:export-workbook'].safeParse(data).success).toBe(true);
  });
});
