import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../main/pdf/pdf-renderer';
import { pdfInfo, pdfText, pdfWords } from '../../main/pdf/testing/pdf-probe';
import { certificateHash } from '../domain/certificates/certificate-code';
import type { IsoDate } from '../domain/dates/iso-date';
import { loadBundledPacks } from '../domain/testing/load-packs';
import { buildDocuments, MissingDocumentOptions, type BuiltDocument, type DocumentKind } from './index';
import type { DocumentContext } from './document-context';
import type { SessionDocumentData } from './document-data';
import type { DocumentOptions } from './document-options';
import { certificatesData } from './certificates.document';
import { certificateTemplate } from './certificate-template';
import { ADMIN_MARGINS } from './layout/page';
import { documentDataFromInput, longNamesSessionInput, testContext } from './testing/document-fixtures';

const FONTS = 'resources/fonts';
const packs = loadBundledPacks((file) => readFileSync(file, 'utf8'));
const example = (name: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/sessions/${name}.session.json`, 'utf8')) as unknown;
const DECISION: DocumentOptions = { decision: { number: '125/QĐ-UBND', date: '2025-05-31' as IsoDate } };
const PORTRAIT = { width: 595.28, height: 841.89 };
const LANDSCAPE = { width: 841.89, height: 595.28 };
/** 30 mm, the binding margin of ND 30/2020, less a hair for rounding. */
const LEFT_MARGIN = ADMIN_MARGINS[0] - 0.5;

interface Rendered {
  readonly fileName: string;
  readonly pdf: Buffer;
  readonly text: string;
  readonly pages: number;
  readonly width: number;
  readonly height: number;
}

async function render(doc: BuiltDocument): Promise<Rendered> {
  const pdf = await renderPdf(doc.definition, FONTS);
  const info = pdfInfo(pdf);
  return { fileName: doc.fileName, pdf, text: pdfText(pdf), pages: info.pages, width: info.width, height: info.height };
}

async function renderKind(
  kind: DocumentKind,
  data: SessionDocumentData,
  ctx: DocumentContext,
  options: DocumentOptions = {},
  pick: (docs: BuiltDocument[]) => BuiltDocument[] = (docs) => docs,
): Promise<Rendered[]> {
  return Promise.all(pick(buildDocuments(kind, data, ctx, options)).map(render));
}

function expectLeftMargin(pdf: Buffer): void {
  const words = pdfWords(pdf);
  expect(words.length).toBeGreaterThan(0);
  expect(Math.min(...words.map((w) => w.xMin))).toBeGreaterThanOrEqual(LEFT_MARGIN);
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('documents of the Tam Đường 2025 session (district-2023, pack 148/2023)', () => {
  const data = documentDataFromInput(example('tam-duong-2025-round1'), packs);
  const ctx = testContext(data);

  it('prints the aggregate table landscape: totals, part means, 71,86, recusal and absence marks, signatures', async () => {
    const [tally] = await renderKind('tally', data, ctx);
    if (!tally) throw new Error('one file');
    expect(tally.fileName).toBe('bang-tong-hop.pdf');
    expect({ width: tally.width, height: tally.height }).toEqual(LANDSCAPE);
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG',
      'BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP',
      'Miến dong Bình Lư',
      '71 73 70 72 74 71 72 V 34,00 12,86 25,00 71,86',
      '59,29',
      'Đề nghị lên cấp tỉnh',
      'Bị loại, không chấm điểm: Không có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
      'Lò Văn Thắng (Chủ tịch)',
      'Hoàng Văn Phong (Thành viên) (vắng mặt)',
      '(—) Thành viên tránh xung đột lợi ích',
      'THƯ KÝ HỘI ĐỒNG',
      'Trần Thị Thu',
    ]) {
      expect(tally.text).toContain(text);
    }
    expect(tally.text).toMatch(/57 61 56 58 — 59 57 V/);
    expectLeftMargin(tally.pdf);
  });

  it('writes the minutes: attendance, quorum, recusal, the exclusion, both rounds of the re-scored product, results', async () => {
    const [minutes] = await renderKind('minutes', data, ctx, { numbering: { minutes: 3 }, meeting: { start: '8:00' } });
    if (!minutes) throw new Error('one file');
    expect(minutes.fileName).toBe('bien-ban-hop-hoi-dong.pdf');
    expect({ width: minutes.width, height: minutes.height }).toEqual(PORTRAIT);
    expect(minutes.pages).toBeGreaterThanOrEqual(2);
    for (const text of [
      'Số: 03/BB-HĐOCOP',
      'Tam Đường, ngày 15 tháng 5 năm 2025',
      'BIÊN BẢN',
      'vào hồi 08 giờ 00 phút, ngày 15 tháng 5 năm 2025',
      'Thành viên Hội đồng có mặt (8/9)',
      'Hoàng Văn Phong (Thành viên)',
      'Số thành viên có mặt là 8/9 (88,89%), đạt tỷ lệ tối thiểu 75%',
      'Lê Quang Huy (Thành viên) khai báo có quan hệ với chủ thể của sản phẩm “Mật ong bạc hà Tam Đường”',
      'Sản phẩm “Su su Tả Lèng”: Không có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.',
      'Vòng 2: 6 thành viên chấm 1 sản phẩm, tổng cộng 6 phiếu đánh giá.',
      'chênh lệch 16 điểm (cao nhất 68, thấp nhất 52), vượt 10 điểm theo Quy chế',
      '57,67',
      '58,00',
      '71,86',
      'Đề nghị Ủy ban nhân dân huyện Tam Đường công nhận 3 sản phẩm đạt OCOP',
      'Đề nghị Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đánh giá, phân hạng 1 sản phẩm: “Miến dong Bình Lư”',
      'THƯ KÝ HỘI ĐỒNG',
      'CHỦ TỊCH HỘI ĐỒNG',
      'Lò Văn Thắng',
    ]) {
      expect(minutes.text).toContain(text);
    }
    expectLeftMargin(minutes.pdf);
  });

  it('prints the submission, the draft decision with its annex, and the list sent to the province', async () => {
    const files = await renderKind('decision', data, ctx, DECISION);
    expect(files.map((f) => f.fileName)).toEqual([
      'to-trinh.pdf',
      'du-thao-quyet-dinh.pdf',
      'danh-sach-de-nghi-cap-tren.pdf',
    ]);
    const [submission, decision, forwarded] = files;
    if (!submission || !decision || !forwarded) throw new Error('three files');
    expect(submission.text).toContain('TỜ TRÌNH');
    expect(submission.text).toContain('Kính gửi: Ủy ban nhân dân huyện Tam Đường.');
    expect(submission.text).toContain('Căn cứ Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023');
    expect(decision.pages).toBe(2);
    for (const text of [
      'DỰ THẢO',
      'Số: 125/QĐ-UBND',
      'Tam Đường, ngày 31 tháng 5 năm 2025',
      'QUYẾT ĐỊNH',
      'Điều 1. Công nhận 3 sản phẩm đạt OCOP năm 2025',
      'Điều 2.',
      'Điều 3.',
      'TM. ỦY BAN NHÂN DÂN',
      'PHỤ LỤC',
      '(Kèm theo Quyết định số 125/QĐ-UBND ngày 31/05/2025 của Ủy ban nhân dân huyện Tam Đường)',
      'Gạo Séng Cù Thèn Sin',
      '63,00',
    ]) {
      expect(decision.text).toContain(text);
    }
    expect(decision.text).not.toContain('Miến dong Bình Lư');
    expect(forwarded.text).toContain('Miến dong Bình Lư');
    expect(forwarded.text).toContain('71,86');
    for (const file of files) {
      expect({ width: file.width, height: file.height }).toEqual(PORTRAIT);
      expectLeftMargin(file.pdf);
    }
  });

  it('prints one landscape certificate per recognised product, valid 36 months, with the check code of its fields', async () => {
    expect(() => buildDocuments('certificates', data, ctx)).toThrow(MissingDocumentOptions);
    const [certificates] = await renderKind('certificates', data, ctx, DECISION);
    if (!certificates) throw new Error('one file');
    expect(certificates.fileName).toBe('giay-chung-nhan.pdf');
    expect(certificates.pages).toBe(3);
    expect({ width: certificates.width, height: certificates.height }).toEqual(LANDSCAPE);
    expect(count(certificates.text, 'GIẤY CHỨNG NHẬN')).toBe(3);
    expect(certificates.text).toContain('SẢN PHẨM OCOP ĐẠT 3 SAO');
    expect(certificates.text).toContain('GẠO SÉNG CÙ THÈN SIN');
    expect(certificates.text).toContain('Giấy chứng nhận có giá trị đến hết ngày 31/05/2028');
    const printed = certificatesData(
      data,
      ctx,
      { decision: { number: '125/QĐ-UBND', date: '2025-05-31' as IsoDate } },
      certificateTemplate(),
    );
    expect(printed.map((c) => c.certificateNumber)).toEqual(['01/GCN-OCOP', '02/GCN-OCOP', '03/GCN-OCOP']);
    for (const cert of printed) {
      expect(cert.hash).toBe(certificateHash(cert));
      expect(certificates.text).toContain(`Mã kiểm tra: ${cert.hash}`);
      expect(cert.code).toBe(`OCOP-GCN1|${cert.certificateNumber}||${cert.hash}`);
    }
  });

  it('prints a member’s sealed sheets, every round, with ticks, points, part totals and totals', async () => {
    const [sheets] = await renderKind('sheets', data, ctx, {}, (docs) =>
      docs.filter((d) => d.fileName === 'phieu-cham-tan-thi-mai.pdf'),
    );
    if (!sheets) throw new Error('Tẩn Thị Mai has sheets');
    expect({ width: sheets.width, height: sheets.height }).toEqual(PORTRAIT);
    // p1–p5 in round 1 and p4 again in round 2; the excluded p6 has no sheet.
    expect(count(sheets.text, 'PHIẾU ĐÁNH GIÁ SẢN PHẨM OCOP')).toBe(6);
    expect(count(sheets.text, 'Vòng chấm: 2')).toBe(1);
    expect(sheets.text).toContain('Người đánh giá: Tẩn Thị Mai (Phó Chủ tịch)');
    expect(sheets.text).toContain('BỘ SẢN PHẨM SỐ 26: DỊCH VỤ DU LỊCH CỘNG ĐỒNG, DU LỊCH SINH THÁI VÀ ĐIỂM DU LỊCH');
    expect(sheets.text).toContain('Trường hợp a');
    expect(sheets.text).toContain('Trường hợp b');
    expect(sheets.text).toContain('TỔNG ĐIỂM (A + B + C, tối đa 100 điểm) 73');
    expect(sheets.text).toContain('Phiếu lấy từ tệp phiên chấm, không có mã niêm phong.');
    expect(sheets.pages).toBeGreaterThanOrEqual(24);
    expectLeftMargin(sheets.pdf);
  });

  it('prints blank sheets only for the products a member scores (not recused, not excluded)', async () => {
    const docs = buildDocuments('blank-sheets', data, ctx);
    expect(docs.map((d) => d.fileName)).toContain('phieu-cham-trong-le-quang-huy.pdf');
    expect(docs.some((d) => d.fileName.includes('hoang-van-phong'))).toBe(false);
    expect(docs.some((d) => d.fileName.includes('tran-thi-thu'))).toBe(false);
    const [blank] = await renderKind('blank-sheets', data, ctx, {}, (all) =>
      all.filter((d) => d.fileName === 'phieu-cham-trong-le-quang-huy.pdf'),
    );
    if (!blank) throw new Error('Lê Quang Huy has blank sheets');
    expect(count(blank.text, 'PHIẾU ĐÁNH GIÁ SẢN PHẨM OCOP')).toBe(4);
    expect(blank.text).not.toContain('Mật ong bạc hà Tam Đường');
    expect(blank.text).toContain('Hồ sơ bị loại khi:');
    expect(blank.text).toContain('Không đạt mục nào (0 điểm)');
    expect(blank.text).toContain('Ý kiến của người đánh giá:');
    expect(blank.text).toContain('Tam Đường, ngày 15 tháng 5 năm 2025');
    expect(blank.text).not.toContain('Vòng chấm');
  });

  it('prints English with decimal points', async () => {
    const [tally] = await renderKind('tally', data, testContext(data, 'en'));
    expect(tally?.text).toContain('SOCIALIST REPUBLIC OF VIET NAM');
    expect(tally?.text).toContain('71.86');
    expect(tally?.text).not.toContain('71,86');
  });

  it('renders the same bytes twice (the creation date is the document’s)', async () => {
    const [doc] = buildDocuments('tally', data, ctx);
    if (!doc) throw new Error('one file');
    const [a, b] = await Promise.all([renderPdf(doc.definition, FONTS), renderPdf(doc.definition, FONTS)]);
    expect(a.equals(b)).toBe(true);
  });
});

describe('documents of the Lai Châu 2026 session (province-2026, pack 26/2026)', () => {
  const data = documentDataFromInput(example('lai-chau-2026-small'), packs, { title: 'Phiên họp đợt 1 năm 2026' });
  const ctx = testContext(data);

  it('explains the star the marker gate withheld, in the tally and in the minutes', async () => {
    const [tally] = await renderKind('tally', data, ctx);
    const [minutes] = await renderKind('minutes', data, ctx);
    expect(tally?.text).toContain('79,00');
    expect(tally?.text).toContain('68,80');
    expect(tally?.text).toContain('điểm trung bình thuộc hạng 3 sao nhưng chỉ đề nghị 2 sao');
    expect(minutes?.text).toContain('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
    expect(minutes?.text).toContain('chỉ được đề nghị 2 sao vì chưa đạt mức tối thiểu ở tiêu chí: 9');
    expect(minutes?.text).toContain('Không có sản phẩm nào có chênh lệch');
  });

  it('addresses the provincial chair and lists no product for the ministry', async () => {
    const files = await renderKind('decision', data, ctx, DECISION);
    const [submission, decision, forwarded] = files;
    expect(submission?.text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lai Châu.');
    expect(submission?.text).toContain('Căn cứ Quyết định số 26/2026/QĐ-TTg');
    expect(decision?.text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
    expect(decision?.text).toContain('Hồng trà Tam Đường');
    expect(forwarded?.text).toContain('Không có sản phẩm nào đạt 5 sao để đề nghị cấp trung ương.');
  });
});

describe('a session of 15 members with long names', () => {
  const data = documentDataFromInput(longNamesSessionInput(packs.pack26), packs, { title: 'Phiên họp đợt 2 năm 2026' });
  const ctx = testContext(data);
  let tally: Rendered;
  beforeAll(async () => {
    const [rendered] = await renderKind('tally', data, ctx);
    if (!rendered) throw new Error('one file');
    tally = rendered;
  });

  it('keeps 14 member columns of the aggregate table inside a landscape page', () => {
    expect({ width: tally.width, height: tally.height }).toEqual(LANDSCAPE);
    const words = pdfWords(tally.pdf);
    expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(LANDSCAPE.width - ADMIN_MARGINS[2] + 0.5);
    expect(Math.min(...words.map((w) => w.xMin))).toBeGreaterThanOrEqual(LEFT_MARGIN);
    for (const name of [
      'Nguyễn Hoàng Phương Thảo Nguyên',
      'Triệu Thị Hoa Lý Kim Phượng',
      'Chẻo Thị Lả Phùn Thị Sếnh',
    ]) {
      expect(tally.text).toContain(name);
    }
    expect(tally.text).toContain('93,08');
    expect(tally.text).toContain('Đề nghị lên Trung ương');
  });

  it('prints both rounds of the re-scored tourism product on a member’s sheets, with its variant lists', async () => {
    const [sheets] = await renderKind('sheets', data, ctx, {}, (docs) => docs.slice(1, 2));
    expect(sheets?.fileName).toBe('phieu-cham-lo-thi-thanh-huong-xuan-diem.pdf');
    expect(count(sheets?.text ?? '', 'PHIẾU ĐÁNH GIÁ SẢN PHẨM OCOP')).toBe(4);
    expect(sheets?.text).toContain(
      'Du lịch cộng đồng bản Sì Thâu Chải: trải nghiệm văn hóa người Dao đỏ và ruộng bậc thang',
    );
    expect(sheets?.text).toContain('Vòng chấm: 2');
  });

  it('sends the 5-star product to the ministry and certifies the two others', async () => {
    const [, , forwarded] = await renderKind('decision', data, ctx, DECISION);
    expect(forwarded?.text).toContain('Trà shan tuyết cổ thụ Tả Phìn hữu cơ thượng hạng');
    const [certificates] = await renderKind('certificates', data, ctx, DECISION);
    expect(certificates?.pages).toBe(2);
    expect(certificates?.text).toContain('SẢN PHẨM OCOP ĐẠT 4 SAO');
  });
});
