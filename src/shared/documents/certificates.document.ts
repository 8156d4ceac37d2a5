import type { IsoDate } from '../domain/dates/iso-date';
import { certificateFace, certificateFor, type CertificateData, type FaceField } from './certificate-face';
import { certificateTemplate, type CertificateTemplate } from './certificate-template';
import type { DocumentContext } from './document-context';
import type { SessionDocumentData } from './document-data';
import type { DocumentOptions } from './document-options';
import { DOCUMENT_FILE_NAMES } from './file-names';
import { starRow } from './layout/marks';
import { A4, DOCUMENT_STYLES, mm } from './layout/page';
import { authoritySignature } from './layout/signers';
import { blank } from './layout/text';
import type { CanvasRect, Content, DocumentDefinition } from './pdf-definition';
import type { SignatureBlock } from './layout/signature';
import { productsWithStatus, recognisingAuthority } from './recognition';

export type { CertificateData } from './certificate-face';

/** The certificate of each product the decision recognises, numbered from `numbering.certificateStart`. */
export function certificatesData(
  data: SessionDocumentData,
  ctx: DocumentContext,
  options: DocumentOptions & { decision: { number: string; date: IsoDate } },
  template: CertificateTemplate,
): CertificateData[] {
  const start = options.numbering?.certificateStart ?? 1;
  const authority = recognisingAuthority(data);
  return productsWithStatus(data, ['recognise']).map(({ product, result }, i) =>
    certificateFor(ctx, template, authority, options.decision, {
      name: product.name,
      code: product.code,
      producer: product.producer,
      address: options.producerAddresses?.[product.id] ?? '',
      stars: result.stars ?? 0,
      sequence: start + i,
    }),
  );
}

const PAGE = { width: A4.height, height: A4.width } as const;
const SIDE = mm(30);
const TOP = mm(17);

function border(template: CertificateTemplate): Content {
  const rect = (inset: number, lineWidth: number): CanvasRect => ({
    type: 'rect',
    x: inset,
    y: inset,
    w: PAGE.width - 2 * inset,
    h: PAGE.height - 2 * inset,
    lineWidth,
    lineColor: template.accentColor,
  });
  return {
    canvas: template.border === 'double' ? [rect(mm(7), 3), rect(mm(9.5), 0.8)] : [rect(mm(8), 2)],
    absolutePosition: { x: 0, y: 0 },
  };
}

function certificatePage(
  ctx: DocumentContext,
  cert: CertificateData,
  template: CertificateTemplate,
  signer: SignatureBlock,
  first: boolean,
): Content[] {
  const face = certificateFace(ctx, cert, template, signer);
  const accent = template.accentColor;
  const line = (field: FaceField, extra: object = {}): Content => ({
    text: [{ text: `${field.label} ` }, { text: field.value === '' ? blank(50) : field.value, bold: true }],
    alignment: 'center',
    fontSize: 14,
    margin: [0, 2, 0, 0],
    ...extra,
  });
  const [signerFirst = '', ...signerRest] = face.signerLines;
  return [
    {
      ...(first ? {} : { pageBreak: 'before' as const }),
      columns: [
        {
          width: '42%',
          stack: [
            { text: face.issuer, bold: true, alignment: 'center', fontSize: 12 },
            {
              canvas: [{ type: 'line', x1: 0, y1: 0, x2: 70, y2: 0, lineWidth: 0.6 }],
              alignment: 'center',
              margin: [0, 2, 0, 0],
            },
          ],
        },
        {
          width: '58%',
          stack: [
            { text: face.nationalName, style: 'nationalName', alignment: 'center' },
            { text: face.motto, style: 'motto', alignment: 'center' },
            {
              canvas: [{ type: 'line', x1: 0, y1: 0, x2: 150, y2: 0, lineWidth: 0.6 }],
              alignment: 'center',
              margin: [0, 2, 0, 0],
            },
          ],
        },
      ],
      columnGap: 8,
    },
    border(template),
    { text: face.title, bold: true, fontSize: 34, color: accent, alignment: 'center', margin: [0, 16, 0, 0] },
    { text: face.starsLine, bold: true, fontSize: 18, alignment: 'center', margin: [0, 2, 0, 4] },
    face.starsText === null
      ? { ...starRow(face.stars, 24, accent), alignment: 'center', margin: [0, 0, 0, 8] }
      : { text: face.starsText, bold: true, color: accent, fontSize: 16, alignment: 'center', margin: [0, 0, 0, 8] },
    { text: face.certifies, italics: true, alignment: 'center', fontSize: 14 },
    {
      text: face.productName,
      bold: true,
      fontSize: 22,
      alignment: 'center',
      color: '#1a1a1a',
      margin: [0, 2, 0, 4],
    },
    line(face.productCode),
    line(face.producer),
    line(face.address, { fontSize: 13 }),
    { text: face.decision, italics: true, alignment: 'center', fontSize: 13, margin: [0, 6, 0, 0] },
    { text: face.validUntil, bold: true, alignment: 'center', fontSize: 13, margin: [0, 2, 0, 0] },
    {
      columns: [
        {
          width: '40%',
          columns: [
            ...(template.showQr ? [{ qr: cert.code, fit: 86, eccLevel: 'M' as const, width: 86 }] : []),
            {
              width: '*',
              stack: [
                { text: face.number, bold: true, fontSize: 11 },
                { text: face.checkCode, fontSize: 9 },
                { text: face.checkHint, fontSize: 8.5, italics: true },
              ],
              margin: [8, 30, 0, 0],
            },
          ],
        },
        {
          width: '60%',
          stack: [
            { text: face.placeDate, style: 'placeDate', alignment: 'center' },
            { text: signerFirst, style: 'signatureRole' },
            ...signerRest.map((part) => ({ text: part, style: 'signatureRole' })),
            { text: face.signerName, style: 'signatureName', margin: [0, 48, 0, 0] },
          ],
        },
      ],
      margin: [0, 14, 0, 0],
    },
  ];
}

/**
 * Certificates (giấy chứng nhận) of the products the decision recognises: landscape A4, one page each,
 * in one PDF; laid out by the council's template (title, authority, signer, border, colour, stars as
 * shapes or text) with a QR code whose text (`certificateCode`) carries the certificate number, the
 * product code and a hash of the printed fields, so a certificate can be checked against the archive.
 */
export function certificatesDocument(
  data: SessionDocumentData,
  ctx: DocumentContext,
  options: DocumentOptions & { decision: { number: string; date: IsoDate } },
): { fileName: string; definition: DocumentDefinition; certificates: CertificateData[] } {
  const template = certificateTemplate(options.certificateTemplate);
  const certificates = certificatesData(data, ctx, options, template);
  const signer = authoritySignature(ctx, recognisingAuthority(data));
  const content =
    certificates.length > 0
      ? certificates.flatMap((cert, i) => certificatePage(ctx, cert, template, signer, i === 0))
      : [
          {
            text: ctx.t('documents.certificate.none'),
            italics: true,
            alignment: 'center' as const,
            margin: [0, 200, 0, 0] as [number, number, number, number],
          },
        ];
  return {
    fileName: DOCUMENT_FILE_NAMES.certificates,
    certificates,
    definition: {
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [SIDE, TOP, SIDE, TOP],
      info: {
        title: ctx.t('documents.certificate.fileTitle'),
        creator: 'OCOP Council',
        producer: 'OCOP Council',
        creationDate: `${options.decision.date}T00:00:00Z`,
      },
      defaultStyle: { font: 'Tinos', fontSize: 13, lineHeight: 1.15 },
      styles: DOCUMENT_STYLES,
      content,
    },
  };
}
