import type { Content, DocumentDefinition } from '../pdf-definition';

/** Millimetres to PDF points. */
export const mm = (value: number): number => (value * 72) / 25.4;

/**
 * Page margins of Nghị định 30/2020/NĐ-CP (Phụ lục I): top and bottom 20–25 mm, left 30–35 mm, right
 * 15–20 mm; the app uses top 20, right 15, bottom 20, left 30 (the binding side).
 */
export const ADMIN_MARGINS: [number, number, number, number] = [mm(30), mm(20), mm(15), mm(20)];

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
  options: { orientation?: 'portrait' | 'landscape'; title: string; pageNumbers?: boolean },
): DocumentDefinition {
  return {
    pageSize: 'A4',
    pageOrientation: options.orientation ?? 'portrait',
    pageMargins: ADMIN_MARGINS,
    info: { title: options.title, creator: 'OCOP Council', producer: 'OCOP Council' },
    defaultStyle: { font: 'Tinos', fontSize: BODY_SIZE, lineHeight: 1.15 },
    styles: DOCUMENT_STYLES,
    ...(options.pageNumbers === false
      ? {}
      : {
          header: (currentPage: number) =>
            currentPage > 1
              ? { text: String(currentPage), alignment: 'center' as const, fontSize: 12, margin: [0, mm(8), 0, 0] }
              : null,
        }),
    content,
  };
}
