import { readFileSync } from 'node:fs';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Content, DocumentDefinition, TextNode } from '../../shared/documents/pdf-definition';
import { TABLE_LAYOUTS, type TableLayoutSpec } from '../../shared/documents/layout/table-layouts';

/** The font family every document uses: Tinos (metric-compatible with Times New Roman, full Vietnamese). */
export const DOCUMENT_FONT = 'Tinos';

const FONT_FILES = {
  normal: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italics: 'Tinos-Italic.ttf',
  bolditalics: 'Tinos-BoldItalic.ttf',
} as const;

let configuredFor: string | null = null;

/** pdfmake's layout functions for a layout given as data (shared/documents/layout/table-layouts.ts). */
function tableLayout(spec: TableLayoutSpec): CustomTableLayout {
  const line = (mode: TableLayoutSpec['horizontal'], i: number, count: number): number =>
    mode === 'all' || (mode === 'outer' && (i === 0 || i === count)) ? spec.lineWidth : 0;
  return {
    hLineWidth: (i, node) => line(spec.horizontal, i, node.table.body.length),
    vLineWidth: (i, node) => line(spec.vertical, i, node.table.widths?.length ?? node.table.body[0]?.length ?? 0),
    hLineColor: () => spec.lineColor,
    vLineColor: () => spec.lineColor,
    paddingLeft: () => spec.paddingX,
    paddingRight: () => spec.paddingX,
    paddingTop: () => spec.paddingY,
    paddingBottom: () => spec.paddingY,
  };
}

/**
 * Loads the Tinos files from `fontsDir` (resources/fonts, or process.resourcesPath/fonts when packaged)
 * once into pdfmake's virtual file system, registers the named table layouts, and closes pdfmake to
 * everything else: no URL is fetched and no local file is read while rendering.
 */
export function configurePdfmake(fontsDir: string): void {
  if (configuredFor === fontsDir) return;
  // pdfmake's virtual file system (Node build): fonts read from it need no disk access while rendering.
  const { virtualfs: vfs } = pdfmake as unknown as {
    virtualfs: { writeFileSync(name: string, content: Buffer): void };
  };
  for (const file of Object.values(FONT_FILES)) vfs.writeFileSync(file, readFileSync(path.join(fontsDir, file)));
  pdfmake.setFonts({ [DOCUMENT_FONT]: { ...FONT_FILES } });
  pdfmake.setTableLayouts(
    Object.fromEntries(Object.entries(TABLE_LAYOUTS).map(([name, spec]) => [name, tableLayout(spec)])),
  );
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  configuredFor = fontsDir;
}

/** A labelled text node as pdfmake leaves it once laid out: `positions` of its lines, with their pages. */
type LaidOutLabel = TextNode & { positions?: readonly { pageNumber: number }[] };

/** The text nodes that carry a `runningLabel`, in document order (pdfmake lays them out in place). */
function labelledNodes(content: readonly Content[]): LaidOutLabel[] {
  const found: LaidOutLabel[] = [];
  const visit = (node: Content): void => {
    if (typeof node === 'string') return;
    if (Array.isArray(node)) {
      (node as readonly Content[]).forEach(visit);
      return;
    }
    const record = node as unknown as Record<string, unknown>;
    if (typeof record['runningLabel'] === 'string') found.push(node as LaidOutLabel);
    for (const key of ['stack', 'columns'] as const) {
      const children = record[key];
      if (Array.isArray(children)) (children as Content[]).forEach(visit);
    }
    const table = record['table'] as { body?: Content[][] } | undefined;
    table?.body?.forEach((row) => row.forEach(visit));
  };
  content.forEach(visit);
  return found;
}

/** The label of the last labelled node printed on or before `page` ('' when none is). */
function labelOfPage(labelled: readonly LaidOutLabel[], page: number): string {
  let label = '';
  for (const node of labelled) {
    const printedOn = node.positions?.[0]?.pageNumber;
    if (printedOn === undefined || printedOn > page) break;
    label = node.runningLabel ?? '';
  }
  return label;
}

/**
 * pdfmake's definition from ours: the data-only extensions (page numbers, the creation date as text)
 * become what pdfmake expects; everything else is already pdfmake's format (see pdf-definition.ts).
 */
export function toPdfmakeDefinition(definition: DocumentDefinition): TDocumentDefinitions {
  const { pageNumbers, info, ...rest } = definition;
  const labelled = pageNumbers?.template?.includes('{{label}}') ? labelledNodes(definition.content) : [];
  const numbers =
    pageNumbers === undefined
      ? null
      : (currentPage: number, pageCount: number) => {
          if (currentPage < pageNumbers.from) return null;
          const text = (pageNumbers.template ?? '{{page}}')
            .replaceAll('{{page}}', String(currentPage))
            .replaceAll('{{pages}}', String(pageCount))
            .replaceAll('{{label}}', labelOfPage(labelled, currentPage));
          const [left, right] = pageNumbers.margins ?? [definition.pageMargins[0], definition.pageMargins[2]];
          const footer = pageNumbers.position === 'footer';
          return {
            text,
            alignment: pageNumbers.alignment ?? 'center',
            fontSize: pageNumbers.fontSize,
            font: definition.defaultStyle.font,
            // A footer's box starts at the bottom margin: its line sits `offset` above the edge.
            margin: footer
              ? [left, Math.max(0, definition.pageMargins[3] - pageNumbers.offset - pageNumbers.fontSize), right, 0]
              : [left, pageNumbers.offset, right, 0],
          };
        };
  const pageDecoration =
    numbers === null ? {} : pageNumbers?.position === 'footer' ? { footer: numbers } : { header: numbers };
  const { creationDate, ...infoRest } = info;
  return {
    ...rest,
    ...pageDecoration,
    info: { ...infoRest, ...(creationDate ? { creationDate: new Date(creationDate) } : {}) },
  } as unknown as TDocumentDefinitions;
}

/**
 * Renders a definition that nobody else holds (pdfmake writes its layout into the nodes it is given):
 * a worker's own copy.
 */
export async function renderOwnedPdf(definition: DocumentDefinition, fontsDir: string): Promise<Buffer> {
  configurePdfmake(fontsDir);
  return pdfmake.createPdf(toPdfmakeDefinition(definition)).getBuffer();
}

/**
 * Renders a document definition (from src/shared/documents) to PDF bytes, in this thread. The definition
 * is copied first: pdfmake writes positions and functions into the nodes, which would spoil the caller's
 * definition for a second rendering or for sending to a worker.
 */
export async function renderPdf(definition: DocumentDefinition, fontsDir: string): Promise<Buffer> {
  return renderOwnedPdf(structuredClone(definition), fontsDir);
}

/** The number of pages of a PDF written by pdfmake (pdfkit writes no object streams). */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      .toString('latin1')
      .match(/\/Type \/Page\b/g)?.length ?? 0
  );
}
