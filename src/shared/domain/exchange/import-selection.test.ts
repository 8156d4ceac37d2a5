import { describe, expect, it } from 'vitest';
import { isEmptyPlan, planCounts, selectForImport } from './import-selection';
import { validateImport } from './validate-import';

const PRODUCER = {
  name: 'HTX Chè Tả Lèng',
  type: 'Hợp tác xã',
  representative: 'Lò Văn Minh',
  sex: 'Nam',
  ethnicity: 'Thái',
  address: 'Xã Tả Lèng',
};

function planWith(badProducer: boolean) {
  return validateImport(
    {
      producers: [
        { row: 2, cells: PRODUCER },
        { row: 3, cells: { ...PRODUCER, name: 'HTX Mật ong', communeCode: badProducer ? '12' : '' } },
      ],
      products: [
        { row: 2, cells: { name: 'Chè xanh', productSet: 11, producer: 'HTX Chè Tả Lèng' } },
        { row: 3, cells: { name: 'Chè đen', productSet: 27, producer: 'HTX Chè Tả Lèng' } },
        { row: 4, cells: { name: 'Mật ong bạc hà', productSet: 4, producer: 'HTX Mật ong' } },
      ],
    },
    { producers: [], products: [] },
  );
}

describe('selectForImport', () => {
  it('imports nothing while any row is invalid, and says how many rows are', () => {
    expect(selectForImport(planWith(true), { skipInvalid: false })).toEqual({
      ok: false,
      reason: 'invalid-rows',
      invalidRows: 3,
    });
  });

  it('when told to skip invalid rows, keeps only valid new rows; a product of an invalid producer goes too', () => {
    const selection = selectForImport(planWith(true), { skipInvalid: true });
    if (!selection.ok) throw new Error('refused');
    expect(selection.batch.producers.map((p) => [p.row, p.draft.name])).toEqual([[2, 'HTX Chè Tả Lèng']]);
    expect(selection.batch.products.map((p) => [p.row, p.draft.name, p.producer])).toEqual([
      [2, 'Chè xanh', { kind: 'file', row: 2 }],
    ]);
    expect(selection.counts).toEqual({
      producers: { new: 1, existing: 0, invalid: 1 },
      products: { new: 1, existing: 0, invalid: 2 },
    });
  });

  it('counts rows by status for the preview', () => {
    expect(planCounts(planWith(false))).toEqual({
      producers: { new: 2, existing: 0, invalid: 0 },
      products: { new: 2, existing: 0, invalid: 1 },
    });
  });

  it('knows an untouched template (no data rows) from a file with rows', () => {
    expect(isEmptyPlan(validateImport({ producers: [], products: [] }, { producers: [], products: [] }))).toBe(true);
    expect(isEmptyPlan(planWith(false))).toBe(false);
  });
});
