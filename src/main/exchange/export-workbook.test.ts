import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/domain/dates/iso-date';
import type { ExportData } from '../../shared/domain/exchange/export-data';
import { validateImport } from '../../shared/domain/exchange/validate-import';
import type { IpcResult } from '../../shared/ipc/result';
import { REQUEST_SCHEMAS } from '../../shared/ipc/schemas';
import { createI18n, translator } from '../../shared/i18n/create-i18n';
import { createDispatcher, type HandlerMap } from '../ipc/dispatcher';
import { exchangeHandlers } from '../ipc/exchange.handlers';
import { buildExportWorkbook } from './export-workbook';
import { readImportWorkbook } from './read-workbook';

const t = translator(createI18n('vi'));
const day = (value: string) => value as IsoDate;
const STAMP = '2025-03-01T08:00:00.000Z';

/** A small workspace with a record in every register. */
function sampleExport(): ExportData {
  return {
    today: day('2025-12-15'),
    council: {
      id: 'c1',
      profile: 'district-2023',
      level: 'district',
      unitName: 'huyện Tam Đường',
      councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường',
      authority: 'Ủy ban nhân dân huyện Tam Đường',
      establishingDecision: { number: '1234/QĐ-UBND', date: day('2025-02-10') },
      rules: { spreadThreshold: 10, quorumFraction: 0.75, chairRequired: true, markerRule: 'majority' },
      placeName: 'Tam Đường',
      helperGroupName: 'Tổ giúp việc',
      signers: [{ role: 'council-chair', title: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Nguyễn Văn An' }],
      notes: '',
      createdAt: STAMP,
      updatedAt: STAMP,
    },
    members: [
      {
        id: 'm1',
        body: 'council',
        name: 'Nguyễn Văn An',
        title: 'Phó Chủ tịch UBND huyện',
        organisation: 'UBND huyện Tam Đường',
        role: 'chair',
        scores: true,
        phone: '',
        activeFrom: day('2025-02-10'),
        activeTo: null,
        createdAt: STAMP,
        updatedAt: STAMP,
      },
      {
        id: 'm2',
        body: 'helper-group',
        name: 'Lò Thị Hoa',
        title: '',
        organisation: 'Phòng Nông nghiệp',
        role: 'leader',
        scores: false,
        phone: '0912345678',
        activeFrom: day('2025-02-10'),
        activeTo: day('2025-12-31'),
        createdAt: STAMP,
        updatedAt: STAMP,
      },
    ],
    producers: [
      {
        id: 'p1',
        name: 'Hợp tác xã Miến dong Bình Lư',
        type: 'cooperative',
        representative: { name: 'Lò Văn Minh', sex: 'male', ethnicity: 'Thái' },
        address: 'Xã Bình Lư',
        communeCode: '03637',
        phone: '0912 345 678',
        registrationNumber: '12/2019/HTX',
        createdAt: STAMP,
        updatedAt: STAMP,
      },
    ],
    products: [
      {
        id: 'q1',
        name: 'Miến dong Bình Lư',
        productSet: 6,
        producerId: 'p1',
        code: '12-03637-1-2022',
        description: 'Miến làm tay',
        createdAt: STAMP,
        updatedAt: STAMP,
      },
    ],
    dossiers: [
      {
        id: 'd1',
        productId: 'q1',
        year: 2025,
        attempt: 're-evaluation',
        receivedOn: day('2025-04-02'),
        roundId: 'r1',
        forms: { mau01: true, mau02: true, mau03: false },
        evidence: ['registration', 'food-safety'],
        samples: { required: 5, received: 3 },
        precheck: { outcome: 'returned', on: day('2025-04-10'), notes: 'Thiếu Mẫu 03' },
        evaluation: null,
        history: [
          { status: 'received', on: day('2025-04-02'), note: '' },
          { status: 'returned', on: day('2025-04-10'), note: 'Thiếu Mẫu 03' },
        ],
        createdAt: STAMP,
        updatedAt: STAMP,
      },
    ],
    rounds: [
      {
        id: 'r1',
        profile: 'district-2023',
        year: 2025,
        number: 1,
        deadline: day('2025-05-20'),
        dossiersBy: null,
        status: 'open',
        createdAt: STAMP,
        updatedAt: STAMP,
      },
    ],
    certificates: [
      {
        id: 'g1',
        productId: 'q1',
        stars: 3,
        score: 62.5,
        decisionNumber: '456/QĐ-UBND',
        decisionDate: day('2022-06-30'),
        issuer: 'UBND huyện Tam Đường',
        certificateNumber: 'GCN-2022-007',
        validUntil: day('2025-06-30'),
        reEvaluationAppliedOn: null,
        replaces: null,
        note: '',
        createdAt: STAMP,
      },
      {
        id: 'g2',
        productId: 'q1',
        stars: 4,
        score: 71,
        decisionNumber: '457/QĐ-UBND',
        decisionDate: day('2022-07-05'),
        issuer: 'UBND huyện Tam Đường',
        certificateNumber: 'GCN-2022-008',
        validUntil: day('2025-07-05'),
        reEvaluationAppliedOn: null,
        replaces: 'g1',
        note: 'Hiệu chỉnh số sao',
        createdAt: STAMP,
      },
    ],
    revocations: [
      {
        id: 'v1',
        certificateId: 'g2',
        ground: 5,
        decisionNumber: '99/QĐ-UBND',
        date: day('2025-01-10'),
        note: 'Ngừng sản xuất',
        createdAt: STAMP,
      },
    ],
    planTargets: [{ year: 2025, firstEvaluations: 6, upgrades: 1, reEvaluations: 5, updatedAt: STAMP }],
  };
}

async function roundTrip(data: ExportData): Promise<ExcelJS.Workbook> {
  const buffer = await buildExportWorkbook(t, data).xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('the export workbook', () => {
  it('has one sheet per register, each with a bold frozen header row and an autofilter', async () => {
    const workbook = await roundTrip(sampleExport());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Hội đồng',
      'Thành viên',
      'Chủ thể',
      'Sản phẩm',
      'Hồ sơ',
      'Đợt đánh giá',
      'Giấy chứng nhận',
      'Thu hồi',
      'Kế hoạch',
    ]);
    for (const worksheet of workbook.worksheets) {
      expect(worksheet.getRow(1).getCell(1).font?.bold, worksheet.name).toBe(true);
      expect(worksheet.views[0], worksheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(worksheet.autoFilter, worksheet.name).toMatch(/^A1:[A-Z]+\d+$/);
    }
  });

  it('writes the council’s settings and the members with their roles and dates', async () => {
    const workbook = await roundTrip(sampleExport());
    const council = sheet(workbook, 'Hội đồng');
    const settings = new Map(
      council.getSheetValues().flatMap((row) => (Array.isArray(row) ? [[row[1], row[2]] as const] : [])),
    );
    expect(settings.get('Tên hội đồng')).toBe('Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường');
    expect(settings.get('Ngày quyết định thành lập')).toBe('10/02/2025');
    expect(settings.get('Tỷ lệ thành viên có mặt tối thiểu')).toBe('75 %');
    expect(settings.get('Người ký: CHỦ TỊCH HỘI ĐỒNG')).toBe('Nguyễn Văn An');
    const members = sheet(workbook, 'Thành viên');
    expect(members.getRow(2).values).toEqual([
      undefined,
      'Nguyễn Văn An',
      'Hội đồng',
      'Chủ tịch',
      'Phó Chủ tịch UBND huyện',
      'UBND huyện Tam Đường',
      'Có',
      undefined,
      new Date(Date.UTC(2025, 1, 10)),
    ]);
    expect(members.getRow(3).getCell(2).value).toBe('Tổ giúp việc');
    expect(members.getRow(3).getCell(3).value).toBe('Tổ trưởng');
    expect(members.getRow(3).getCell(9).value).toEqual(new Date(Date.UTC(2025, 11, 31)));
    expect(members.getRow(3).getCell(9).numFmt).toBe('dd/mm/yyyy');
  });

  it('writes dossiers with status, pre-check outcome and notes, and certificates with their status that day', async () => {
    const workbook = await roundTrip(sampleExport());
    const dossiers = sheet(workbook, 'Hồ sơ');
    const headers = (dossiers.getRow(1).values as unknown[]).slice(1);
    const row = (dossiers.getRow(2).values as unknown[]).slice(1);
    const cell = (header: string) => row[headers.indexOf(header)];
    expect(cell('Sản phẩm')).toBe('Miến dong Bình Lư');
    expect(cell('Chủ thể')).toBe('Hợp tác xã Miến dong Bình Lư');
    expect(cell('Lần đánh giá')).toBe('Đánh giá lại');
    expect(cell('Đợt')).toBe('Đợt 1/2025');
    expect(cell('Trạng thái')).toBe('Trả lại để bổ sung');
    expect(cell('Kết quả kiểm tra hồ sơ')).toBe('Trả lại để bổ sung');
    expect(cell('Ghi chú kiểm tra')).toBe('Thiếu Mẫu 03');
    expect(cell('Ngày kiểm tra')).toEqual(new Date(Date.UTC(2025, 3, 10)));
    expect(cell('Mẫu sản phẩm (đã nhận/cần)')).toBe('3/5');

    const certificates = sheet(workbook, 'Giấy chứng nhận');
    const certHeaders = (certificates.getRow(1).values as unknown[]).slice(1);
    expect(certHeaders).toContain('Trạng thái ngày 15/12/2025');
    const first = (certificates.getRow(2).values as unknown[]).slice(1);
    const second = (certificates.getRow(3).values as unknown[]).slice(1);
    const at = (values: unknown[], header: string) => values[certHeaders.indexOf(header)];
    expect(at(first, 'Trạng thái ngày 15/12/2025')).toBe('Hết hiệu lực');
    expect(at(first, 'Được thay bằng giấy số')).toBe('GCN-2022-008');
    expect(at(second, 'Thay thế giấy số')).toBe('GCN-2022-007');
    expect(at(second, 'Trạng thái ngày 15/12/2025')).toBe('Đã thu hồi');
    expect(at(second, 'Thu hồi theo quyết định')).toBe('99/QĐ-UBND (10/01/2025)');
    expect(at(second, 'Hiệu lực đến')).toEqual(new Date(Date.UTC(2025, 6, 5)));

    const revocations = sheet(workbook, 'Thu hồi');
    expect(revocations.getRow(2).getCell(3).value).toBe('5. Ngừng sản xuất');
    expect(sheet(workbook, 'Kế hoạch').getRow(2).values).toEqual([undefined, 2025, 6, 1, 5]);
    expect(sheet(workbook, 'Đợt đánh giá').getRow(2).getCell(6).value).toBe('Đang mở');
  });

  it('writes producers and products with the template’s columns, so the export imports into another workspace', async () => {
    const data = sampleExport();
    const buffer = new Uint8Array(await buildExportWorkbook(t, data).xlsx.writeBuffer());
    const read = await readImportWorkbook('so-lieu.xlsx', buffer);
    if (read.status !== 'read') throw new Error(JSON.stringify(read));
    const plan = validateImport(
      { producers: read.sheets.producers.rows, products: read.sheets.products.rows },
      { producers: [], products: [] },
    );
    expect(plan.issues).toEqual([]);
    expect(plan.producers[0]?.draft).toMatchObject({ name: 'Hợp tác xã Miến dong Bình Lư', communeCode: '03637' });
    expect(plan.products[0]?.draft).toEqual({
      name: 'Miến dong Bình Lư',
      productSet: 6,
      code: '12-03637-1-2022',
      description: 'Miến làm tay',
    });
  });

  it('still writes every sheet, with its headers, for an empty workspace', async () => {
    const empty: ExportData = {
      today: day('2025-12-15'),
      council: null,
      members: [],
      producers: [],
      products: [],
      dossiers: [],
      rounds: [],
      certificates: [],
      revocations: [],
      planTargets: [],
    };
    const workbook = await roundTrip(empty);
    expect(workbook.worksheets).toHaveLength(9);
    expect(sheet(workbook, 'Hội đồng').getRow(2).getCell(1).value).toBe('Chưa thiết lập hội đồng');
    expect(sheet(workbook, 'Sản phẩm').getRow(1).getCell(1).value).toBe('Tên sản phẩm*');
  });
});

describe('the exchange channels', () => {
  const dispatch = createDispatcher(exchangeHandlers() as unknown as HandlerMap);

  it('validate the export payload against the record schemas', () => {
    expect(REQUEST_SCHEMAS['exchange:export-workbook'].safeParse(sampleExport()).success).toBe(true);
    const damaged = { ...sampleExport(), products: [{ ...sampleExport().products[0], productSet: 27 }] };
    expect(REQUEST_SCHEMAS['exchange:export-workbook'].safeParse(damaged).success).toBe(false);
  });

  it('answer the template and an export as base64 files named for the day', async () => {
    const template = (await dispatch({ trusted: true }, 'exchange:template', undefined)) as IpcResult<{
      fileName: string;
      base64: string;
    }>;
    if (!template.ok) throw new Error(template.error.message);
    expect(template.data.fileName).toBe('mau-nhap-chu-the-san-pham-OCOP.xlsx');
    const read = await dispatch({ trusted: true }, 'exchange:read-workbook', {
      fileName: template.data.fileName,
      base64: template.data.base64,
    });
    expect(read).toMatchObject({ ok: true, data: { status: 'read' } });
    const exported = await dispatch({ trusted: true }, 'exchange:export-workbook', sampleExport());
    expect(exported).toMatchObject({ ok: true, data: { fileName: 'so-lieu-OCOP-2025-12-15.xlsx' } });
  });

  it('refuse a payload that is not base64 before reading it', async () => {
    const result = await dispatch({ trusted: true }, 'exchange:read-workbook', { fileName: 'a.xlsx', base64: '<%>' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
