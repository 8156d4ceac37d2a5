import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../main/pdf/pdf-renderer';
import { pdfInfo, pdfText, pdfWords, type PdfWord } from '../../main/pdf/testing/pdf-probe';
import type { IsoDate } from '../domain/dates/iso-date';
import { loadBundledPacks } from '../domain/testing/load-packs';
import { buildDocuments, DOCUMENT_KINDS, type BuiltDocument, type DocumentOptions } from './index';
import { certificateFace } from './certificate-face';
import { certificateTemplate } from './certificate-template';
import { certificatesData } from './certificates.document';
import { headerName } from './layout/admin-header';
import { authoritySignature } from './layout/signers';
import { recognisingAuthority } from './recognition';
import { ADMIN_MARGINS } from './layout/page';
import { estimatedWidth, fittingFontSize } from './layout/text-width';
import { documentDataFromInput, testContext } from './testing/document-fixtures';
import { tallyLayout } from './tally.document';

const FONTS = 'resources/fonts';
const packs = loadBundledPacks((file) => readFileSync(file, 'utf8'));
const session = (name: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/sessions/${name}.session.json`, 'utf8')) as unknown;
const OPTIONS: DocumentOptions = {
  decision: { number: '1234/QĐ-UBND', date: '2026-10-05' as IsoDate },
  numbering: { minutes: 12, submission: 15 },
  meeting: { start: '07:30', end: '17:45' },
};

interface Printed {
  readonly doc: BuiltDocument;
  readonly pdf: Buffer;
  readonly pages: number;
  readonly width: number;
  readonly words: PdfWord[];
}

async function printAll(name: string): Promise<Map<string, Printed>> {
  const data = documentDataFromInput(session(name), packs);
  const ctx = testContext(data);
  // One member's sheets of each kind: the others differ only in names and ticks.
  const docs = DOCUMENT_KINDS.flatMap((kind) =>
    buildDocuments(kind, data, ctx, OPTIONS).slice(0, kind.endsWith('sheets') ? 1 : undefined),
  );
  const printed = await Promise.all(
    docs.map(async (doc): Promise<Printed> => {
      const pdf = await renderPdf(doc.definition, FONTS);
      const info = pdfInfo(pdf);
      return { doc, pdf, pages: info.pages, width: info.width, words: pdfWords(pdf) };
    }),
  );
  return new Map(printed.map((p) => [p.doc.fileName, p]));
}

function file(files: Map<string, Printed>, name: string): Printed {
  const found = files.get(name);
  if (!found) throw new Error(`no ${name} among ${[...files.keys()].join(', ')}`);
  return found;
}

/** The text of the last page. */
function lastPage(printed: Printed): string {
  return pdfText(printed.pdf, { first: printed.pages, last: printed.pages });
}

/** The words of `phrase` found in a row on one page, or null. */
function phraseAt(words: readonly PdfWord[], phrase: string, from = 0): PdfWord[] | null {
  const parts = phrase.split(' ');
  for (let i = from; i + parts.length <= words.length; i += 1) {
    if (parts.every((part, k) => words[i + k]?.text === part)) return words.slice(i, i + parts.length);
  }
  return null;
}

const sameLine = (words: readonly PdfWord[]): boolean =>
  words.every((w) => w.page === words[0]?.page && Math.abs(w.yMin - (words[0]?.yMin ?? 0)) < 1);

describe('layout helpers', () => {
  it('estimates Tinos widths within a few percent of pdfmake', () => {
    // pdfmake (fontkit) measures 194.65 and 258.58 points.
    expect(estimatedWidth('ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 12)).toBeCloseTo(194.65, -1);
    expect(estimatedWidth('PGS.TS. Nguyễn Hoàng Phương Thảo Nguyên', 13, true)).toBeGreaterThan(258.58);
    expect(estimatedWidth('PGS.TS. Nguyễn Hoàng Phương Thảo Nguyên', 13, true)).toBeLessThan(258.58 * 1.05);
  });

  it('shrinks a long signer’s name to fit its column, down to 11 pt', () => {
    expect(fittingFontSize('Lò Văn Thắng', 228, 13, 11, true)).toBe(13);
    expect(fittingFontSize('PGS.TS. Nguyễn Hoàng Phương Thảo Nguyên', 228, 13, 11, true)).toBe(11);
    expect(fittingFontSize('PGS.TS. Nguyễn Hoàng Phương Thảo Nguyên', 257, 13, 11, true)).toBe(12.5);
  });

  it('puts the unit of a header name that does not fit on a line of its own', () => {
    expect(headerName('Ủy ban nhân dân tỉnh Lào Cai', 207, false)).toBe('ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
    expect(headerName('Ủy ban nhân dân huyện Tam Đường', 207, false)).toBe('ỦY BAN NHÂN DÂN\nHUYỆN TAM ĐƯỜNG');
    expect(headerName('Ủy ban nhân dân thị xã Sa Pa', 150, true)).toBe('ỦY BAN NHÂN DÂN\nTHỊ XÃ SA PA');
    expect(headerName('Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lào Cai', 207, true)).toBe(
      'HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP\nTỈNH LÀO CAI',
    );
  });

  it('narrows 14 member columns of the aggregate table to leave the product 150 pt', () => {
    const layout = tallyLayout(14);
    expect(layout.orientation).toBe('landscape');
    expect(layout.memberWidth).toBeGreaterThanOrEqual(15);
    expect(layout.memberWidth).toBeLessThan(16);
    expect(tallyLayout(30).memberWidth).toBe(13);
    expect(tallyLayout(8)).toEqual({ orientation: 'landscape', memberWidth: 22 });
  });
});

describe('the long-names session printed (15 members, 8 products with long names)', () => {
  let files: Map<string, Printed>;
  beforeAll(async () => {
    files = await printAll('long-names');
  }, 120_000);

  it('keeps every word of the administrative documents between the margins of ND 30/2020', () => {
    for (const printed of files.values()) {
      if (printed.doc.kind === 'certificates') continue;
      const xs = printed.words.map((w) => [w.xMin, w.xMax]).flat();
      expect(Math.min(...xs), printed.doc.fileName).toBeGreaterThanOrEqual(ADMIN_MARGINS[0] - 0.5);
      expect(Math.max(...xs), printed.doc.fileName).toBeLessThanOrEqual(printed.width - ADMIN_MARGINS[2] + 0.5);
    }
  });

  it('prints the chair’s long name on one line under each signature', () => {
    for (const name of ['bien-ban-hop-hoi-dong.pdf', 'to-trinh.pdf', 'bang-tong-hop.pdf']) {
      const printed = file(files, name);
      const words = printed.words.filter((w) => w.page === printed.pages);
      const signed = phraseAt(words, 'PGS.TS. Nguyễn Hoàng Phương Thảo Nguyên', words.length - 12);
      expect(signed, name).not.toBeNull();
      expect(sameLine(signed ?? []), name).toBe(true);
    }
    const sheets = [...files.values()].find((p) => p.doc.kind === 'sheets');
    const words = sheets?.words.filter((w) => w.page === sheets.pages) ?? [];
    expect(sameLine(phraseAt(words, 'PGS.TS. Nguyễn Hoàng Phương Thảo Nguyên', words.length - 20) ?? [])).toBe(true);
  });

  it('names, at the foot of every page of a member’s sheets, the product of the sheet on that page', () => {
    for (const printed of [...files.values()].filter((p) => p.doc.kind.endsWith('sheets'))) {
      let product = '';
      let sheetsStarted = 0;
      for (let page = 1; page <= printed.pages; page += 1) {
        const text = pdfText(printed.pdf, { first: page, last: page });
        const started = /Tên sản phẩm: (.*?) Mã sản phẩm:/.exec(text);
        if (started?.[1]) {
          product = started[1];
          sheetsStarted += 1;
        }
        const foot = text.slice(text.lastIndexOf(' · ', text.lastIndexOf(' · trang ') - 1));
        const firstWords = product.split(' ').slice(0, 4).join(' ');
        expect(foot, `${printed.doc.fileName} page ${page}`).toContain(firstWords);
        expect(text.endsWith(`· trang ${page}/${printed.pages}`), `${printed.doc.fileName} page ${page}`).toBe(true);
      }
      expect(sheetsStarted, printed.doc.fileName).toBeGreaterThan(1);
    }
  });

  it('never leaves the signatures alone on the last page', () => {
    expect(lastPage(file(files, 'to-trinh.pdf'))).toContain('Kính trình Chủ tịch Ủy ban nhân dân tỉnh Lào Cai xem xét');
    expect(lastPage(file(files, 'bien-ban-hop-hoi-dong.pdf'))).toContain('Cuộc họp kết thúc vào hồi 17 giờ 45 phút');
    expect(lastPage(file(files, 'bang-tong-hop.pdf'))).toContain('(‡) Sản phẩm “Rượu ngô men lá');
    expect(lastPage(file(files, 'du-thao-quyet-dinh.pdf'))).toContain('PHỤ LỤC');
    expect(pdfText(file(files, 'du-thao-quyet-dinh.pdf').pdf, { first: 1, last: 1 })).toMatch(/Điều 3\..*CHỦ TỊCH/);
  });

  it('prints every text of each certificate’s face, the texts the template editor previews', () => {
    const data = documentDataFromInput(session('long-names'), packs);
    const ctx = testContext(data);
    const template = certificateTemplate();
    const decision = { number: '1234/QĐ-UBND', date: '2026-10-05' as IsoDate };
    const signer = authoritySignature(ctx, recognisingAuthority(data));
    const printed = file(files, 'giay-chung-nhan.pdf');
    const certificates = certificatesData(data, ctx, { ...OPTIONS, decision }, template);
    expect(printed.pages).toBe(certificates.length);
    certificates.forEach((cert, i) => {
      const page = pdfText(printed.pdf, { first: i + 1, last: i + 1 });
      const face = certificateFace(ctx, cert, template, signer);
      const texts = [face.issuer, face.title, face.starsLine, face.certifies, face.productName, face.decision];
      texts.push(face.validUntil, face.number, face.checkCode, face.placeDate, ...face.signerLines);
      texts.push(`${face.producer.label} ${face.producer.value}`);
      for (const text of texts) expect(page).toContain(text.replace(/\s+/g, ' '));
    });
  });

  it('prints the authority and the council with the unit on its own line', () => {
    const decision = file(files, 'du-thao-quyet-dinh.pdf').words.filter((w) => w.page === 1);
    const authority = phraseAt(decision, 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
    expect(authority).not.toBeNull();
    expect(sameLine(authority?.slice(0, 4) ?? [])).toBe(true);
    expect(sameLine(authority?.slice(4) ?? [])).toBe(true);
    expect(sameLine(authority ?? [])).toBe(false);
  });
});

describe('the Tam Đường session printed (the district example)', () => {
  let files: Map<string, Printed>;
  beforeAll(async () => {
    files = await printAll('tam-duong-2025-round1');
  }, 120_000);

  it('never breaks the place name “Tam Đường” in the header', () => {
    for (const name of ['to-trinh.pdf', 'bien-ban-hop-hoi-dong.pdf', 'du-thao-quyet-dinh.pdf']) {
      const header = file(files, name).words.filter((w) => w.page === 1 && w.yMin < 200);
      const tam = header.filter((w) => w.text === 'TAM');
      expect(tam.length, name).toBeGreaterThan(0);
      for (const word of tam) {
        const next = header[header.indexOf(word) + 1];
        expect(next?.text, name).toBe('ĐƯỜNG');
        expect(sameLine([word, ...(next ? [next] : [])]), name).toBe(true);
      }
    }
  });

  it('keeps the aggregate table’s signatures with its notes', () => {
    const tally = file(files, 'bang-tong-hop.pdf');
    expect(lastPage(tally)).toContain('(V) Thành viên vắng mặt.');
    expect(lastPage(tally)).toContain('CHỦ TỊCH HỘI ĐỒNG');
  });
});
