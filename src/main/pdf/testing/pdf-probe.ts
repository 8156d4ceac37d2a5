/**
 * Test support, never imported by production code: reads a PDF back with poppler-utils (pdftotext,
 * pdfinfo; ENVIRONMENT.md), so that tests check what a reader of the file sees.
 */
import { execFileSync } from 'node:child_process';

function poppler(tool: 'pdftotext' | 'pdfinfo', args: readonly string[], pdf: Uint8Array): string {
  return execFileSync(tool, [...args], { input: pdf, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text of a PDF (or of pages `first`–`last`) in NFC with whitespace collapsed to single spaces. */
export function pdfText(pdf: Uint8Array, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return poppler('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, '-', '-'], pdf)
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PdfInfo {
  readonly pages: number;
  /** Width and height of the first page in points. */
  readonly width: number;
  readonly height: number;
  readonly title: string;
}

/** Page count, first page size and title, from pdfinfo. */
export function pdfInfo(pdf: Uint8Array): PdfInfo {
  const text = poppler('pdfinfo', ['-'], pdf);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(text);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(text)?.[1] ?? 0),
    width: Number(size?.[1] ?? 0),
    height: Number(size?.[2] ?? 0),
    title: /Title:\s+(.*)/.exec(text)?.[1]?.trim() ?? '',
  };
}

export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word with its box in points (pdftotext -bbox), page by page. */
export function pdfWords(pdf: Uint8Array): PdfWord[] {
  const html = poppler('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], pdf);
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) {
      words.push({
        page,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: (m[5] ?? '').normalize('NFC'),
      });
    }
  }
  return words;
}
