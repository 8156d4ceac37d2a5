/**
 * Renders every kind of document of two sessions (the long-names stress session and the Tam Đường
 * example) and writes chosen pages as PNG into docs/screenshots/documents/, to be looked at: the first
 * page of each file, a continuation page of the long ones, the last page where the signatures are.
 * The documents are built the way the app builds them (members with their positions, product codes,
 * the council's numbering, the meeting's times), from the session files the command line reads.
 *
 * Run: `npm run docs:documents` (needs poppler-utils' pdftoppm). `--keep-pdf <dir>` keeps the PDFs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderPdf } from '../src/main/pdf/pdf-renderer';
import { pdfInfo } from '../src/main/pdf/testing/pdf-probe';
import type { IsoDate } from '../src/shared/domain/dates/iso-date';
import { loadBundledPacks } from '../src/shared/domain/testing/load-packs';
import { buildDocuments, DOCUMENT_KINDS, type DocumentOptions } from '../src/shared/documents';
import type { SessionDocumentData } from '../src/shared/documents/document-data';
import { documentDataFromInput, testContext } from '../src/shared/documents/testing/document-fixtures';

const OUT = path.resolve('docs/screenshots/documents');
const FONTS = path.resolve('resources/fonts');
const RESOLUTION = 60;

/** Positions and units, as the app's council settings hold them (a session@1 file has none). */
const LONG_TITLES: Readonly<Record<string, string>> = {
  m1: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai',
  m2: 'Giám đốc Sở Nông nghiệp và Môi trường tỉnh Lào Cai',
  m3: 'Phó Giám đốc Sở Nông nghiệp và Môi trường tỉnh Lào Cai',
  m4: 'Phó Giám đốc Sở Công Thương tỉnh Lào Cai',
  m5: 'Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai',
  m6: 'Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Lào Cai',
  m7: 'Trưởng phòng Quản lý chất lượng, Chi cục Trồng trọt, Bảo vệ thực vật và Chăn nuôi',
  m8: 'Phó Chánh Văn phòng Điều phối Chương trình xây dựng nông thôn mới tỉnh',
  m9: 'Phó Giám đốc Sở Y tế tỉnh Lào Cai',
  m10: 'Phó Giám đốc Sở Tài chính tỉnh Lào Cai',
  m11: 'Giảng viên chính, Khoa Nông học, Trường Đại học Nông Lâm - Đại học Thái Nguyên',
  m12: 'Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Lào Cai',
  m13: 'Phó Chủ tịch Liên minh Hợp tác xã tỉnh Lào Cai',
  m14: 'Phó Giám đốc Trung tâm Khuyến nông và Dịch vụ nông nghiệp tỉnh',
  m15: 'Chuyên viên Văn phòng Điều phối Chương trình xây dựng nông thôn mới tỉnh',
};

interface SessionToRender {
  readonly name: string;
  readonly file: string;
  readonly title: string;
  readonly date: IsoDate;
  readonly titles: Readonly<Record<string, string>>;
  readonly codePrefix: string;
  readonly options: DocumentOptions;
}

const SESSIONS: readonly SessionToRender[] = [
  {
    name: 'long-names',
    file: 'tests/fixtures/sessions/long-names.session.json',
    title: 'Phiên họp đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 2 năm 2026',
    date: '2026-09-18' as IsoDate,
    titles: LONG_TITLES,
    codePrefix: '10-02680',
    options: {
      decision: { number: '1234/QĐ-UBND', date: '2026-10-05' as IsoDate },
      numbering: { minutes: 12, submission: 15, certificateStart: 41 },
      meeting: { start: '07:30', end: '17:45' },
      producerAddresses: {
        p2: 'Thôn Sì Thâu Chải, xã Sơn Bình, tỉnh Lào Cai',
        p3: 'Tổ dân phố số 5, thị trấn Tam Đường, tỉnh Lào Cai',
        p4: 'Bản Sà Dề Phìn, xã Sà Dề Phìn, tỉnh Lào Cai',
        p7: 'Thôn Lồ Suối Tủng, xã Mường Khương, tỉnh Lào Cai',
        p8: 'Thôn Mường Hum, xã Mường Hum, tỉnh Lào Cai',
      },
    },
  },
  {
    name: 'tam-duong',
    file: 'tests/fixtures/sessions/tam-duong-2025-round1.session.json',
    title: 'Phiên họp đánh giá, phân hạng sản phẩm OCOP đợt 1 năm 2025',
    date: '2025-05-15' as IsoDate,
    titles: {},
    codePrefix: '12-105-03691',
    options: {
      decision: { number: '125/QĐ-UBND', date: '2025-05-31' as IsoDate },
      numbering: { minutes: 3, submission: 4 },
      meeting: { start: '08:00', end: '16:30' },
    },
  },
];

/**
 * The pages to look at in a file of `pages` pages: the first; the second of the long ones (tally, sheets,
 * minutes: a continuation with its repeated header); the last (signatures, the decision's annex).
 * Certificates differ only in their fields: the first is enough.
 */
function pagesToShow(fileName: string, pages: number): number[] {
  if (fileName.startsWith('giay-chung-nhan')) return [1];
  const continuation = /^(bang-tong-hop|phieu-cham|bien-ban)/.test(fileName) ? [2] : [];
  return [...new Set([1, ...continuation, pages])].filter((p) => p <= pages);
}

/** The app's data: members with their positions, products with their codes. */
function enrich(data: SessionDocumentData, session: SessionToRender): SessionDocumentData {
  return {
    ...data,
    members: data.members.map((m) => ({ ...m, title: session.titles[m.id] ?? '' })),
    products: data.products.map((p, i) => ({
      ...p,
      code: `${session.codePrefix}-${i + 1}-${session.date.slice(0, 4)}`,
    })),
  };
}

async function renderSession(session: SessionToRender, pdfDir: string): Promise<string[]> {
  const packs = loadBundledPacks((file) => readFileSync(file, 'utf8'));
  const input = JSON.parse(readFileSync(session.file, 'utf8')) as unknown;
  const data = enrich(
    documentDataFromInput(input, packs, { title: session.title, date: session.date, place: 'Hội trường tầng 3' }),
    session,
  );
  const ctx = testContext(data, 'vi', session.date);
  const written: string[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const documents = buildDocuments(kind, data, ctx, session.options);
    // Sheets: one member's file is enough to look at (they differ only in names and ticks).
    const shown = kind === 'sheets' || kind === 'blank-sheets' ? documents.slice(0, 1) : documents;
    for (const doc of shown) {
      const pdf = await renderPdf(doc.definition, FONTS);
      const pdfFile = path.join(pdfDir, `${session.name}-${doc.fileName}`);
      writeFileSync(pdfFile, pdf);
      const { pages } = pdfInfo(pdf);
      const base = `${session.name}-${doc.fileName.replace(/\.pdf$/, '')}`;
      for (const page of pagesToShow(doc.fileName, pages)) {
        const png = path.join(OUT, `${base}-p${page}`);
        const args = ['-r', String(RESOLUTION), '-png', '-singlefile', '-f', String(page), '-l', String(page)];
        execFileSync('pdftoppm', [...args, pdfFile, png]);
        written.push(`${png}.png`);
      }
      process.stdout.write(`${session.name} ${doc.fileName}: ${pages} pages\n`);
    }
  }
  return written;
}

async function main(): Promise<void> {
  const keep = process.argv.indexOf('--keep-pdf');
  const pdfDir =
    keep > 0
      ? path.resolve(process.argv[keep + 1] ?? 'out-documents')
      : mkdtempSync(path.join(os.tmpdir(), 'ocop-docs-'));
  mkdirSync(pdfDir, { recursive: true });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  try {
    for (const session of SESSIONS) await renderSession(session, pdfDir);
  } finally {
    if (keep < 0) rmSync(pdfDir, { recursive: true, force: true });
  }
  const files = readdirSync(OUT);
  const bytes = files.reduce((sum, f) => sum + statSync(path.join(OUT, f)).size, 0);
  process.stdout.write(
    `${files.length} PNG files, ${(bytes / 1024 / 1024).toFixed(2)} MB in ${path.relative(process.cwd(), OUT)}\n`,
  );
}

void main();
