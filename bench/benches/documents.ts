import path from 'node:path';
import type { IsoDate } from '../../src/shared/domain/dates/iso-date';
import type { RubricSet } from '../../src/shared/domain/rubric/rubric-pack.schema';
import { loadBundledPacks } from '../../src/shared/domain/testing/load-packs';
import { buildDocuments, type BuiltDocument, type DocumentKind } from '../../src/shared/documents';
import type { SessionDocumentData } from '../../src/shared/documents/document-data';
import type { Content, DocumentDefinition } from '../../src/shared/documents/pdf-definition';
import { documentDataFromInput, testContext } from '../../src/shared/documents/testing/document-fixtures';
import { createPdfPool, defaultPoolSize, type PdfPool } from '../../src/main/pdf/pdf-pool';
import { readFileSync } from 'node:fs';
import { documentsBenchSession } from '../fixtures/documents-session';
import type { Bench, BenchFigure } from '../lib/bench';
import { info, significant } from '../lib/report';
import { median } from '../lib/timing';

const FONTS_DIR = path.resolve(__dirname, '..', '..', 'resources', 'fonts');
const KINDS: readonly DocumentKind[] = ['sheets', 'tally', 'minutes', 'decision', 'certificates'];
const OPTIONS = { decision: { number: '125/QĐ-UBND', date: '2026-07-15' as IsoDate } };
/** Timed runs of each (ours, then bare, in turns), after one untimed run of each. */
const RUNS = 3;

/** Renders every definition on the pool, largest first; the total page count. */
async function renderAll(pool: PdfPool, definitions: readonly DocumentDefinition[]): Promise<number> {
  const order = definitions
    .map((definition) => ({ definition, weight: JSON.stringify(definition.content).length }))
    .sort((a, b) => b.weight - a.weight);
  const rendered = await Promise.all(order.map(({ definition }) => pool.render(definition)));
  return rendered.reduce((sum, r) => sum + r.pages, 0);
}

/**
 * What bare pdfmake renders for a member's sheets: the same texts (each criterion, each option with its
 * points and marker, a box glyph) in one plain table per sheet, pdfmake's default layout and styles,
 * none of our layout code (no headers, unbreakable criteria, spans, drawn boxes, footers).
 */
export function bareSheets(data: SessionDocumentData, memberId: string): DocumentDefinition {
  const content: Content[] = [];
  const sheets = data.sheets.filter((s) => s.member === memberId);
  sheets.forEach((sheet, i) => {
    const product = data.products.find((p) => p.id === sheet.product);
    const set: RubricSet | undefined = product ? data.sets.get(product.productSet) : undefined;
    if (!product || !set) return;
    const body: Content[][] = [];
    for (const criterion of set.criteria) {
      body.push(['', `${criterion.number}. ${criterion.text}`, String(criterion.maxPoints), '', '']);
      const options = criterion.options ?? criterion.variants?.flatMap((v) => v.options) ?? [];
      for (const option of options)
        body.push(['□', option.text, String(option.points), '*'.repeat(option.marker ?? 0), '']);
      body.push(['□', 'Không đạt mục nào (0 điểm)', '0', '', '']);
    }
    content.push(
      { text: `PHIẾU ĐÁNH GIÁ SẢN PHẨM OCOP: ${product.name}`, ...(i > 0 ? { pageBreak: 'before' as const } : {}) },
      { table: { widths: [11, '*', 24, 30, 36], body }, fontSize: 9.5 },
    );
  });
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [85, 57, 42, 57],
    info: { title: 'bare', creator: 'bench', producer: 'bench', creationDate: '2026-07-15T00:00:00Z' },
    defaultStyle: { font: 'Tinos', fontSize: 10 },
    styles: {},
    content,
  };
}

/** `pages` plain pages of running text, standing in for the pack's other documents. */
function barePages(pages: number): DocumentDefinition {
  const paragraph =
    'Hội đồng đánh giá, phân hạng sản phẩm OCOP thống nhất đề nghị công nhận các sản phẩm đạt OCOP theo kết quả chấm điểm của các thành viên. ';
  return {
    ...bareSheets({ sheets: [] } as unknown as SessionDocumentData, ''),
    content: Array.from({ length: pages }, (_, i) => ({
      text: paragraph.repeat(12),
      fontSize: 13,
      ...(i > 0 ? { pageBreak: 'before' as const } : {}),
    })),
  };
}

/**
 * The full pack of a 15-member × 30-product session under 26/2026: 450 filled sheets (one PDF per
 * member), the aggregate table, the minutes, the submission, draft decision and forwarded list, and 30
 * certificates, built with `buildDocuments` and rendered on the PDF pool (one thread per core).
 */
export const documentsBench: Bench = {
  name: 'documents',
  async run(): Promise<BenchFigure[]> {
    const packs = loadBundledPacks((file) => readFileSync(path.resolve(__dirname, '..', '..', file), 'utf8'));
    const data = documentDataFromInput(documentsBenchSession(packs.pack26), packs, {
      title: 'Phiên họp đợt 2 năm 2026',
    });
    const ctx = testContext(data, 'vi', '2026-07-10' as IsoDate);
    const started = performance.now();
    const pool = createPdfPool({ fontsDir: FONTS_DIR, size: defaultPoolSize() });
    await Promise.all(Array.from({ length: pool.size }, () => pool.render(barePages(1))));
    info(`documents: ${pool.size} threads ready in ${significant((performance.now() - started) / 1000)} s`);
    try {
      const buildPack = (): BuiltDocument[] => KINDS.flatMap((kind) => buildDocuments(kind, data, ctx, OPTIONS));
      const first = buildPack();
      const files = first.length;
      const sheetPages = await renderAll(
        pool,
        first.filter((d) => d.kind === 'sheets').map((d) => d.definition),
      );
      const pages =
        sheetPages +
        (await renderAll(
          pool,
          first.filter((d) => d.kind !== 'sheets').map((d) => d.definition),
        ));
      const bareDefinitions = [...data.members.map((m) => bareSheets(data, m.id)), barePages(pages - sheetPages)];
      const barePageCount = await renderAll(pool, bareDefinitions);
      // Ours and bare in turns, so that both meet the same load from anything else on the machine.
      const ours: number[] = [];
      const bare: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        let start = performance.now();
        const rendered = await renderAll(
          pool,
          buildPack().map((d) => d.definition),
        );
        ours.push((performance.now() - start) / 1000);
        if (rendered !== pages) throw new Error(`the pack has ${rendered} pages, then ${pages}`);
        start = performance.now();
        await renderAll(pool, bareDefinitions);
        bare.push((performance.now() - start) / 1000);
        info(
          `documents run ${run + 1}/${RUNS}: ours ${significant(ours[run] ?? 0)} s, bare ${significant(bare[run] ?? 0)} s`,
        );
      }
      const oursMedian = median(ours);
      const bareMedian = median(bare);
      info(`documents: ${files} files, ${pages} pages (${sheetPages} of sheets); bare ${barePageCount} pages`);
      const common = { files, pages, sheets: data.sheets.length, threads: pool.size, runs: RUNS };
      return [
        {
          bench: 'documents.full-pack.seconds',
          value: significant(oursMedian),
          unit: 's',
          ...common,
          min: significant(Math.min(...ours)),
          max: significant(Math.max(...ours)),
        },
        {
          bench: 'documents.full-pack.pages-per-second',
          value: significant(pages / oursMedian),
          unit: 'pages/s',
          aim: 60,
          ...common,
        },
        {
          bench: 'documents.ratio-to-bare-pdfmake',
          value: significant(oursMedian / pages / (bareMedian / barePageCount)),
          unit: '×',
          aim: 1.3,
          ours: significant(oursMedian),
          bare: significant(bareMedian),
          barePages: barePageCount,
          perDocument: significant(oursMedian / bareMedian),
          ...common,
        },
      ];
    } finally {
      await pool.close();
    }
  },
};
