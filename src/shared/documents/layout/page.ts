import type { IsoDate } from '../../domain/dates/iso-date';
import type { Content, DocumentDefinition } from '../pdf-definition';

/** Millimetres to PDF points. */
export const mm = (value: number): number => (value * 72) / 25.4;

/**
 * Page margins of Nghị định 30/2020/NĐ-CP (Phụ lục I): top and bottom 20–25 mm, left 30–35 mm, right
 * 15–20 mm; the app uses top 20, right 15, bottom 20, left 30 (the binding side).
 */
export const ADMIN_MARGINS: [number, number, number, number] = [mm(30), mm(20), mm(15), mm(20)];

/** A4 in points (portrait). */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** The width between the margins: 467.7 pt portrait, 714.3 pt landscape. */
export function contentWidth(orientation: 'portrait' | 'landscape' = 'portrait'): number {
  const page = orientation === 'portrait' ? A4.width : A4.height;
  return page - ADMIN_MARGINS[0] - ADMIN_MARGINS[2];
}

/** A dotted line across the text width, to write on by hand. */
export function writingLine(width: number, top = 12): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, dash: { length: 1, space: 2 } }],
    margin: [0, top, 0, 0],
  };
}

/** Body size 13–14 pt (ND 30/2020); tables and forms use smaller sizes. */
export const BODY_SIZE = 13;

export const DOCUMENT_STYLES = {
  motto: { fontSize: 13, bold: true },
  nationalName: { fontSize: 12, bold: true },
  issuerParent: { fontSize: 12 },
  issuer: { fontSize: 12, bold: true },
  number: { fontSize: 13 },
  placeDate: { fontSize: 13, italics: true },
  title: { fontSize: 14, bold: true, alignment: 'center' as const },
  subtitle: { fontSize: 13, bold: true, alignment: 'center' as const },
  heading: { fontSize: 13, bold: true },
  small: { fontSize: 11 },
  tableHeader: { bold: true, alignment: 'center' as const },
  recipientsHead: { fontSize: 12, bold: true, italics: true },
  recipients: { fontSize: 11 },
  signatureRole: { fontSize: 13, bold: true, alignment: 'center' as const },
  signatureHint: { fontSize: 12, italics: true, alignment: 'center' as const },
  signatureName: { fontSize: 13, bold: true, alignment: 'center' as const },
};

/**
 * An A4 document in the Vietnamese administrative layout: Tinos (Times New Roman metrics), 13 pt body,
 * the margins above, page numbers from the second page (centred at the top, as ND 30/2020 asks).
 */
export function adminDocument(
  content: Content[],
  options: {
    orientation?: 'portrait' | 'landscape';
    title: string;
    pageNumbers?: boolean;
    /** The date the file is stamped with (PDF metadata), so that the same inputs give the same bytes. */
    date?: IsoDate | null;
  },
): DocumentDefinition {
  return {
    pageSize: 'A4',
    pageOrientation: options.orientation ?? 'portrait',
    pageMargins: ADMIN_MARGINS,
    info: {
      title: options.title,
      creator: 'OCOP Council',
      producer: 'OCOP Council',
      ...(options.date ? { creationDate: `${options.date}T00:00:00Z` } : {}),
    },
    defaultStyle: { font: 'Tinos', fontSize: BODY_SIZE, lineHeight: 1.15 },
    styles: DOCUMENT_STYLES,
    ...(options.pageNumbers === false ? {} : { pageNumbers: { from: 2, offset: mm(8), fontSize: 12 } }),
    content,
  };
}
