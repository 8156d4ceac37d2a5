import { afterAll, describe, expect, it } from 'vitest';
import { createI18n, translator } from '../../shared/i18n/create-i18n';
import { adminDocument } from '../../shared/documents/layout/page';
import type { DocumentDefinition } from '../../shared/documents/pdf-definition';
import { createPdfPool, PdfRenderCancelled } from './pdf-pool';
import { countPdfPages, renderPdf } from './pdf-renderer';
import { pdfText } from './testing/pdf-probe';

const FONTS = 'resources/fonts';
const t = translator(createI18n('vi'));

function definition(pages: number, label: string): DocumentDefinition {
  return adminDocument(
    Array.from({ length: pages }, (_, i) => ({
      text: `${t('documents.common.nationalName')}: ${label}, trang ${i + 1}`,
      ...(i > 0 ? { pageBreak: 'before' as const } : {}),
    })),
    { title: label, date: '2025-05-15' as never },
  );
}

describe('createPdfPool', () => {
  const pool = createPdfPool({ fontsDir: FONTS, size: 2 });
  afterAll(() => pool.close());

  it('renders on worker threads exactly what renderPdf renders here, with the page count', async () => {
    const docs = [definition(3, 'một'), definition(1, 'hai'), definition(2, 'ba')];
    const [pooled, local] = await Promise.all([
      Promise.all(docs.map((d) => pool.render(d))),
      Promise.all(docs.map((d) => renderPdf(d, FONTS))),
    ]);
    expect(pooled.map((r) => r.pages)).toEqual([3, 1, 2]);
    pooled.forEach((r, i) => {
      expect(r.pdf.equals(local[i] ?? Buffer.alloc(0))).toBe(true);
      expect(countPdfPages(r.pdf)).toBe(r.pages);
    });
    expect(pdfText(pooled[1]?.pdf ?? Buffer.alloc(0))).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM: hai, trang 1');
  });

  it('drops a queued job when its signal aborts, and keeps rendering the others', async () => {
    const controller = new AbortController();
    const a = pool.render(definition(2, 'a'));
    const b = pool.render(definition(2, 'b'));
    const cancelled = expect(pool.render(definition(1, 'c'), { signal: controller.signal })).rejects.toBeInstanceOf(
      PdfRenderCancelled,
    );
    controller.abort();
    await cancelled;
    expect((await a).pages).toBe(2);
    expect((await b).pages).toBe(2);
  });

  it('rejects what is still pending when it closes', async () => {
    const small = createPdfPool({ fontsDir: FONTS, size: 1 });
    const pending = expect(small.render(definition(1, 'x'))).rejects.toBeInstanceOf(PdfRenderCancelled);
    await small.close();
    await pending;
    await expect(small.render(definition(1, 'y'))).rejects.toBeInstanceOf(PdfRenderCancelled);
  });

  it('reports a definition pdfmake cannot render as an error, and goes on', async () => {
    const bad = { ...definition(1, 'bad'), content: [{ table: { body: [['a', 'b'], ['c']] } }] } as DocumentDefinition;
    await expect(pool.render(bad)).rejects.toThrow();
    expect((await pool.render(definition(1, 'ok'))).pages).toBe(1);
  });
});
