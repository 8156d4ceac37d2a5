import { describe, expect, it } from 'vitest';
import type { CellValue } from './cell-text';
import type { ImportColumn } from './template-format';
import { validateImport, type KnownRecords } from './validate-import';
import type { RawRow } from './workbook-rows';

const NOTHING: KnownRecords = { producers: [], products: [] };

function row(number: number, cells: Partial<Record<ImportColumn, CellValue>>): RawRow {
  return { row: number, cells };
}

const BINH_LU = {
  name: 'Hợp tác xã Miến dong Bình Lư',
  type: 'Hợp tác xã',
  representative: 'Lò Văn Minh',
  sex: 'Nam',
  ethnicity: 'Thái',
  address: 'Xã Bình Lư, huyện Tam Đường, tỉnh Lai Châu',
  communeCode: '03637',
  phone: '0912 345 678',
  registrationNumber: '12/2019/HTX',
} satisfies Partial<Record<ImportColumn, CellValue>>;

const TA_LENG = {
  name: 'Hộ kinh doanh Chè Tả Lèng',
  type: 'HKD',
  representative: 'Tẩn Thị Mai',
  sex: 'Nữ',
  ethnicity: 'Dao',
  address: 'Xã Tả Lèng, huyện Tam Đường',
  communeCode: '',
  phone: '',
  registrationNumber: '',
} satisfies Partial<Record<ImportColumn, CellValue>>;

const MIEN = { name: 'Miến dong Bình Lư', productSet: 6, producer: BINH_LU.name, code: '12-03637-1-2025' };

function keysOf(plan: ReturnType<typeof validateImport>) {
  return plan.issues.map((i) => [i.sheet, i.row, i.column, i.key.replace('exchange.issue.', '')]);
}

describe('validateImport: one row at a time', () => {
  it('turns a complete producer row into a producer draft, reading the template’s words', () => {
    const plan = validateImport({ producers: [row(2, BINH_LU), row(3, TA_LENG)], products: [] }, NOTHING);
    expect(plan.issues).toEqual([]);
    expect(plan.producers.map((line) => line.status)).toEqual(['new', 'new']);
    expect(plan.producers[0]?.draft).toEqual({
      name: 'Hợp tác xã Miến dong Bình Lư',
      type: 'cooperative',
      representative: { name: 'Lò Văn Minh', sex: 'male', ethnicity: 'Thái' },
      address: 'Xã Bình Lư, huyện Tam Đường, tỉnh Lai Châu',
      communeCode: '03637',
      phone: '0912 345 678',
      registrationNumber: '12/2019/HTX',
    });
    expect(plan.producers[1]?.draft).toMatchObject({
      type: 'household-business',
      representative: { sex: 'female' },
    });
  });

  it('reports each missing required cell of a producer with its row and column', () => {
    const plan = validateImport(
      { producers: [row(4, { name: 'HTX A', type: '', phone: null })], products: [] },
      NOTHING,
    );
    expect(keysOf(plan)).toEqual([
      ['producers', 4, 'type', 'required'],
      ['producers', 4, 'representative', 'required'],
      ['producers', 4, 'sex', 'required'],
      ['producers', 4, 'ethnicity', 'required'],
      ['producers', 4, 'address', 'required'],
    ]);
    expect(plan.producers[0]?.status).toBe('invalid');
    expect(plan.producers[0]?.draft).toBeNull();
  });

  it('says which word was not understood in the type and sex columns', () => {
    const plan = validateImport(
      { producers: [row(2, { ...BINH_LU, type: 'Công ty cổ phần', sex: 'Khác' })], products: [] },
      NOTHING,
    );
    expect(plan.issues).toEqual([
      {
        sheet: 'producers',
        row: 2,
        column: 'type',
        key: 'exchange.issue.producerType',
        params: { value: 'Công ty cổ phần' },
      },
      { sheet: 'producers', row: 2, column: 'sex', key: 'exchange.issue.sex', params: { value: 'Khác' } },
    ]);
  });

  it('refuses a commune code that is not five digits and a malformed phone, keeping what was written', () => {
    const plan = validateImport(
      { producers: [row(7, { ...BINH_LU, communeCode: '3637A', phone: '12345' })], products: [] },
      NOTHING,
    );
    expect(plan.issues.map((i) => [i.column, i.key, i.params])).toEqual([
      ['communeCode', 'exchange.issue.communeCode', { value: '3637A' }],
      ['phone', 'exchange.issue.phone', { value: '12345' }],
    ]);
  });

  it('gives back the leading zeros Excel drops from a commune code or phone typed as a number', () => {
    const plan = validateImport(
      {
        producers: [row(2, { ...BINH_LU, communeCode: 3637, phone: 912345678, registrationNumber: 4201 })],
        products: [],
      },
      NOTHING,
    );
    expect(plan.producers[0]?.draft).toMatchObject({
      communeCode: '03637',
      phone: '0912345678',
      registrationNumber: '4201',
    });
  });

  it('refuses a text longer than the record allows', () => {
    const plan = validateImport(
      { producers: [row(2, { ...BINH_LU, ethnicity: 'x'.repeat(61) })], products: [] },
      NOTHING,
    );
    expect(plan.issues).toEqual([
      {
        sheet: 'producers',
        row: 2,
        column: 'ethnicity',
        key: 'exchange.issue.tooLong',
        params: { maximum: 60, length: 61 },
      },
    ]);
  });

  it('normalises text to NFC and single spaces, so a decomposed name matches its composed twin', () => {
    const decomposed = 'Hợp tác xã  Miến dong Bình Lư'.normalize('NFD');
    const plan = validateImport(
      {
        producers: [row(2, { ...BINH_LU, name: ` ${decomposed}\u00a0` })],
        products: [row(2, { ...MIEN, producer: BINH_LU.name })],
      },
      NOTHING,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.producers[0]?.draft?.name).toBe('Hợp tác xã Miến dong Bình Lư');
    expect(plan.producers[0]?.draft?.name).toBe(plan.producers[0]?.draft?.name.normalize('NFC'));
    expect(plan.products[0]?.producer).toEqual({ kind: 'file', row: 2 });
  });

  it('refuses a product set outside 1–26 or not a whole number, and a malformed product code', () => {
    const plan = validateImport(
      {
        producers: [row(2, BINH_LU)],
        products: [
          row(2, { ...MIEN, productSet: 27 }),
          row(3, { ...MIEN, name: 'Miến dong đen', productSet: '6,5', code: '' }),
          row(4, { ...MIEN, name: 'Miến dong trắng', productSet: 6, code: '12-3637-1-2025' }),
          row(5, { ...MIEN, name: 'Miến', productSet: '', code: '' }),
        ],
      },
      NOTHING,
    );
    expect(keysOf(plan)).toEqual([
      ['products', 2, 'productSet', 'productSet'],
      ['products', 3, 'productSet', 'productSet'],
      ['products', 4, 'code', 'productCode'],
      ['products', 5, 'productSet', 'required'],
    ]);
    expect(plan.issues[0]?.params).toEqual({ value: '27' });
  });

  it('accepts a product set written as text', () => {
    const plan = validateImport(
      { producers: [row(2, BINH_LU)], products: [row(2, { ...MIEN, productSet: '11' })] },
      NOTHING,
    );
    expect(plan.products[0]?.draft?.productSet).toBe(11);
  });
});

describe('validateImport: rows against each other and the workspace', () => {
  it('flags a producer named twice (the later row), and a registration number used twice', () => {
    const plan = validateImport(
      {
        producers: [
          row(2, BINH_LU),
          row(3, { ...TA_LENG, registrationNumber: '12/2019/htx' }),
          row(5, { ...BINH_LU, name: 'hợp tác xã miến dong  bình lư', registrationNumber: '' }),
        ],
        products: [],
      },
      NOTHING,
    );
    expect(plan.issues.map((i) => [i.row, i.column, i.key, i.params])).toEqual([
      [3, 'registrationNumber', 'exchange.issue.duplicateRegistration', { other: 2 }],
      [5, 'name', 'exchange.issue.duplicateProducer', { other: 2 }],
    ]);
    expect(plan.producers.map((line) => line.status)).toEqual(['new', 'invalid', 'invalid']);
  });

  it('flags a product whose producer is neither in the file nor in the workspace', () => {
    const plan = validateImport(
      { producers: [row(2, BINH_LU)], products: [row(2, { ...MIEN, producer: 'HTX Không Có' })] },
      NOTHING,
    );
    expect(plan.issues).toEqual([
      {
        sheet: 'products',
        row: 2,
        column: 'producer',
        key: 'exchange.issue.unknownProducer',
        params: { value: 'HTX Không Có' },
      },
    ]);
  });

  it('finds a product’s producer by registration number, in the file or in the workspace', () => {
    const known: KnownRecords = {
      producers: [{ id: 'p-ta-leng', name: TA_LENG.name, registrationNumber: 'HKD-77' }],
      products: [],
    };
    const plan = validateImport(
      {
        producers: [row(2, BINH_LU)],
        products: [
          row(2, { ...MIEN, producer: '12/2019/HTX' }),
          row(3, { ...MIEN, name: 'Chè', code: '', producer: 'hkd-77' }),
        ],
      },
      known,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.products.map((line) => line.producer)).toEqual([
      { kind: 'file', row: 2 },
      { kind: 'existing', id: 'p-ta-leng' },
    ]);
  });

  it('asks for the registration number when the workspace has two producers of that name', () => {
    const known: KnownRecords = {
      producers: [
        { id: 'a', name: 'Hộ kinh doanh Lò Văn A', registrationNumber: '1' },
        { id: 'b', name: 'Hộ kinh doanh Lò Văn A', registrationNumber: '2' },
      ],
      products: [],
    };
    const plan = validateImport(
      { producers: [], products: [row(2, { ...MIEN, code: '', producer: 'Hộ kinh doanh Lò Văn A' })] },
      known,
    );
    expect(keysOf(plan)).toEqual([['products', 2, 'producer', 'ambiguousProducer']]);
  });

  it('marks a product whose producer row is invalid as invalid too, naming that row', () => {
    const plan = validateImport(
      { producers: [row(2, { ...BINH_LU, communeCode: '1' })], products: [row(4, MIEN)] },
      NOTHING,
    );
    expect(keysOf(plan)).toEqual([
      ['producers', 2, 'communeCode', 'communeCode'],
      ['products', 4, 'producer', 'producerRowInvalid'],
    ]);
    expect(plan.issues[1]?.params).toEqual({ row: 2 });
  });

  it('flags a product code used twice in the file and a code another workspace product has', () => {
    const known: KnownRecords = {
      producers: [],
      products: [{ id: 'x', name: 'Chè Shan tuyết', code: '12-03637-9-2024', producerId: 'other' }],
    };
    const plan = validateImport(
      {
        producers: [row(2, BINH_LU)],
        products: [
          row(2, MIEN),
          row(3, { ...MIEN, name: 'Miến dong đen' }),
          row(4, { ...MIEN, name: 'Miến dong lứt', code: '12-03637-9-2024' }),
        ],
      },
      known,
    );
    expect(plan.issues.map((i) => [i.row, i.column, i.key, i.params])).toEqual([
      [3, 'code', 'exchange.issue.duplicateCode', { other: 2 }],
      [4, 'code', 'exchange.issue.codeTaken', { code: '12-03637-9-2024', product: 'Chè Shan tuyết' }],
    ]);
  });

  it('flags the same product (name and producer) written twice', () => {
    const plan = validateImport(
      { producers: [row(2, BINH_LU)], products: [row(2, { ...MIEN, code: '' }), row(3, { ...MIEN, code: '' })] },
      NOTHING,
    );
    expect(keysOf(plan)).toEqual([['products', 3, 'name', 'duplicateProduct']]);
  });

  it('marks rows the workspace already has as existing, so a second import adds nothing', () => {
    const known: KnownRecords = {
      producers: [{ id: 'p1', name: BINH_LU.name, registrationNumber: '12/2019/HTX' }],
      products: [{ id: 'q1', name: MIEN.name, code: MIEN.code, producerId: 'p1' }],
    };
    const plan = validateImport(
      {
        producers: [row(2, BINH_LU)],
        products: [row(2, MIEN), row(3, { ...MIEN, name: 'Miến dong đen', code: '' })],
      },
      known,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.producers[0]).toMatchObject({ status: 'existing', existingId: 'p1' });
    expect(plan.products.map((line) => [line.status, line.producer])).toEqual([
      ['existing', { kind: 'existing', id: 'p1' }],
      ['new', { kind: 'existing', id: 'p1' }],
    ]);
  });

  it('refuses a producer whose name the workspace has with another registration number', () => {
    const known: KnownRecords = {
      producers: [{ id: 'p1', name: BINH_LU.name, registrationNumber: '99/2020/HTX' }],
      products: [],
    };
    const plan = validateImport({ producers: [row(2, BINH_LU)], products: [] }, known);
    expect(plan.issues).toEqual([
      {
        sheet: 'producers',
        row: 2,
        column: 'registrationNumber',
        key: 'exchange.issue.producerConflict',
        params: { name: BINH_LU.name, registration: '99/2020/HTX' },
      },
    ]);
  });
});
