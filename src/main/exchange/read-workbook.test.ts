import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { validateImport } from '../../shared/domain/exchange/validate-import';
import { createI18n, translator } from '../../shared/i18n/create-i18n';
import { readImportWorkbook } from './read-workbook';
import { buildTemplate } from './template-workbook';

const t = translator(createI18n('vi'));

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

/** The template, filled in as a secretary would: by header, from row 2. */
async function filledTemplate(
  fill: (producers: ExcelJS.Worksheet, products: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const workbook = await loaded(await bytesOf(buildTemplate(t)));
  const producers = workbook.getWorksheet('Chủ thể');
  const products = workbook.getWorksheet('Sản phẩm');
  if (!producers || !products) throw new Error('template sheets missing');
  fill(producers, products);
  return bytesOf(workbook);
}

describe('the import template', () => {
  it('has the two data sheets with bold frozen headers, and a guide, in that order', async () => {
    const workbook = await loaded(await bytesOf(buildTemplate(t)));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Chủ thể', 'Sản phẩm', 'Hướng dẫn']);
    const producers = workbook.getWorksheet('Chủ thể');
    expect(producers?.getRow(1).values).toEqual([
      undefined,
      'Tên chủ thể*',
      'Loại hình*',
      'Người đại diện*',
      'Giới tính*',
      'Dân tộc*',
      'Địa chỉ*',
      'Mã xã (5 số)',
      'Điện thoại',
      'Số đăng ký kinh doanh',
    ]);
    expect(producers?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(producers?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(producers?.getColumn(1).width).toBeGreaterThan(30);
    expect(producers?.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Doanh nghiệp,Hợp tác xã,Tổ hợp tác,Hộ kinh doanh"'],
    });
    expect(producers?.getCell('D500').dataValidation).toMatchObject({ type: 'list', formulae: ['"Nam,Nữ"'] });
    expect(workbook.getWorksheet('Sản phẩm')?.getCell('B2').dataValidation).toMatchObject({
      type: 'whole',
      formulae: [1, 26],
    });
    const guide = workbook.getWorksheet('Hướng dẫn');
    const guideText =
      guide
        ?.getSheetValues()
        .flat()
        .filter((v) => typeof v === 'string')
        .join('\n') ?? '';
    expect(guideText).toContain('Hướng dẫn điền tệp nhập chủ thể và sản phẩm OCOP');
    expect(guideText).toContain('Mã xã gồm 5 chữ số');
    expect(guideText).toContain('Hợp tác xã Miến dong Bình Lư');
  });

  it('untouched, reads as two sheets without rows, so importing it imports nothing', async () => {
    const result = await readImportWorkbook('mau.xlsx', await bytesOf(buildTemplate(t)));
    if (result.status !== 'read') throw new Error(JSON.stringify(result));
    expect(result.sheets.producers.rows).toEqual([]);
    expect(result.sheets.products.rows).toEqual([]);
    expect(result.sheets.producers.headers).toMatchObject({ name: 'Tên chủ thể', communeCode: 'Mã xã' });
  });

  it('filled in, reads back every row by column with Excel’s row numbers, skipping empty rows', async () => {
    const bytes = await filledTemplate((producers, products) => {
      producers.getRow(2).values = [
        'Hợp tác xã Miến dong Bình Lư',
        'Hợp tác xã',
        'Lò Văn Minh',
        'Nam',
        'Thái',
        'Xã Bình Lư',
        '03637',
        '0912345678',
        '12/2019/HTX',
      ];
      producers.getRow(4).values = [
        '  Hộ kinh doanh Tả Lèng '.normalize('NFD'),
        'Hộ kinh doanh',
        'Tẩn Thị Mai',
        'Nữ',
        'Dao',
        'Tả Lèng',
      ];
      products.getRow(2).values = ['Miến dong', 6, 'Hợp tác xã Miến dong Bình Lư', '12-03637-1-2025', 'Miến làm tay'];
      products.getCell('A3').value = { richText: [{ text: 'Chè ' }, { text: 'xanh', font: { bold: true } }] };
      products.getCell('B3').value = { formula: '10+1', result: 11 };
      products.getCell('C3').value = 'Hộ kinh doanh Tả Lèng';
    });
    const result = await readImportWorkbook('du-lieu.xlsx', bytes);
    if (result.status !== 'read') throw new Error(JSON.stringify(result));
    expect(result.sheets.producers.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(result.sheets.producers.rows[1]?.cells.name).toBe('Hộ kinh doanh Tả Lèng');
    expect(result.sheets.producers.rows[0]?.cells).toMatchObject({ communeCode: '03637', sex: 'Nam' });
    expect(result.sheets.products.rows[1]).toEqual({
      row: 3,
      cells: { name: 'Chè xanh', productSet: 11, producer: 'Hộ kinh doanh Tả Lèng', code: null, description: null },
    });
    const plan = validateImport(
      { producers: result.sheets.producers.rows, products: result.sheets.products.rows },
      { producers: [], products: [] },
    );
    expect(plan.issues).toEqual([]);
    expect(plan.products.map((p) => p.producer)).toEqual([
      { kind: 'file', row: 2 },
      { kind: 'file', row: 4 },
    ]);
  });

  it('tolerates header variants and column order', async () => {
    const workbook = new ExcelJS.Workbook();
    const producers = workbook.addWorksheet('chu the');
    producers.addRow(['Loại hình', ' TÊN CHỦ THỂ ', 'Dân tộc', 'Giới tính', 'Người đại diện', 'Địa chỉ', 'Cột riêng']);
    producers.addRow(['HTX', 'HTX A', 'Kinh', 'Nam', 'A', 'B', 'bỏ qua']);
    workbook.addWorksheet('Products').addRow(['Product name', 'Set', 'Producer']);
    const result = await readImportWorkbook('x.xlsx', await bytesOf(workbook));
    if (result.status !== 'read') throw new Error(JSON.stringify(result));
    expect(result.sheets.producers.rows[0]?.cells).toEqual({
      type: 'HTX',
      name: 'HTX A',
      ethnicity: 'Kinh',
      sex: 'Nam',
      representative: 'A',
      address: 'B',
    });
  });
});

describe('readImportWorkbook refuses', () => {
  it('a file that is not an .xlsx, and an old .xls, saying what to do', async () => {
    const text = await readImportWorkbook('a.csv', new TextEncoder().encode('Tên chủ thể;Loại hình\n'));
    expect(text).toEqual({
      status: 'rejected',
      fileName: 'a.csv',
      issues: [{ key: 'exchange.workbook.notXlsx', params: {} }],
    });
    const xls = await readImportWorkbook('a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(xls.status === 'rejected' && xls.issues[0]?.key).toBe('exchange.workbook.legacyXls');
  });

  it('a damaged .xlsx', async () => {
    const result = await readImportWorkbook('hong.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(result.status === 'rejected' && result.issues[0]?.key).toBe('exchange.workbook.unreadable');
  });

  it('a file over 10 MB, without opening it', async () => {
    const result = await readImportWorkbook('lon.xlsx', new Uint8Array(10 * 1024 * 1024 + 1));
    expect(result).toMatchObject({
      status: 'rejected',
      issues: [{ key: 'exchange.workbook.tooLarge', params: { size: '10.0', max: 10 } }],
    });
  });

  it('a workbook missing a sheet, or a required column', async () => {
    const onlyProducers = new ExcelJS.Workbook();
    onlyProducers.addWorksheet('Chủ thể').addRow(['Tên chủ thể']);
    const missingSheet = await readImportWorkbook('a.xlsx', await bytesOf(onlyProducers));
    expect(missingSheet).toMatchObject({
      status: 'rejected',
      issues: [{ key: 'exchange.workbook.missingSheet', params: { sheet: 'Sản phẩm' } }],
    });
    const template = await loaded(await bytesOf(buildTemplate(t)));
    const products = template.getWorksheet('Sản phẩm');
    if (products) products.getCell('B1').value = 'Nhóm';
    const missingColumn = await readImportWorkbook('b.xlsx', await bytesOf(template));
    expect(missingColumn).toMatchObject({
      status: 'rejected',
      issues: [{ key: 'exchange.workbook.missingColumn', params: { sheet: 'Sản phẩm', column: 'Bộ sản phẩm' } }],
    });
  });
});
