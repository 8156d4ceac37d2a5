import { certificateCode, certificateHash } from '../domain/certificates/certificate-code';
import { certificateValidUntil } from '../domain/certificates/certificate-validity';
import type { IsoDate } from '../domain/dates/iso-date';
import { formatDate } from '../i18n/format';
import { certificateTemplate, type CertificateTemplate } from './certificate-template';
import { documentNumber, type DocumentContext } from './document-context';
import type { SessionDocumentData } from './document-data';
import type { DocumentOptions } from './document-options';
import { DOCUMENT_FILE_NAMES } from './file-names';
import { placeAndDate } from './layout/admin-header';
import { starRow } from './layout/marks';
import { A4, DOCUMENT_STYLES, mm } from './layout/page';
import { authoritySignature } from './layout/signers';
import { blank, upper } from './layout/text';
import type { CanvasRect, Content, DocumentDefinition } from './pdf-definition';
import type { SignatureBlock } from './layout/signature';
import { productsWithStatus, recognisingAuthority, recognisingAuthorityName } from './recognition';

/** One certificate as printed: everything on it, and the code its QR carries. */
export interface CertificateData {
  readonly certificateNumber: string;
  /** The issuing body at the top ("ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG"). */
  readonly issuer: string;
  /** Who decided ("Chủ tịch Ủy ban nhân dân tỉnh Lai Châu"). */
  readonly decidedBy: string;
  readonly decisionNumber: string;
  readonly decisionDate: IsoDate;
  readonly productName: string;
  readonly productCode: string;
  readonly producer: string;
  readonly producerAddress: string;
  readonly stars: number;
  readonly validUntil: IsoDate;
  /** `certificateCode(…)`: OCOP-GCN1|number|product code|hash. */
  readonly code: string;
  readonly hash: string;
}

/** The certificate of each product the decision recognises, numbered from `numbering.certificateStart`. */
export function certificatesData(
  data: SessionDocumentData,
  ctx: DocumentContext,
  options: DocumentOptions & { decision: { number: string; date: IsoDate } },
  template: CertificateTemplate,
): CertificateData[] {
  const { number: decisionNumber, date: decisionDate } = options.decision;
  const start = options.numbering?.certificateStart ?? 1;
  const issuer = template.authority ?? ctx.council.authority;
  const decidedBy = recognisingAuthorityName(ctx, data);
  const validUntil = certificateValidUntil(decisionDate);
  return productsWithStatus(data, ['recognise']).map(({ product, result }, i) => {
    const fields = {
      certificateNumber: documentNumber(template.numberPattern, start + i, Number(decisionDate.slice(0, 4))),
      productCode: product.code,
      productName: product.name,
      producer: product.producer,
      stars: result.stars ?? 0,
      issuer,
      decisionNumber,
      decisionDate,
      validUntil,
    };
    return {
      ...fields,
      decidedBy,
      producerAddress: options.producerAddresses?.[product.id] ?? '',
      code: certificateCode(fields),
      hash: certificateHash(fields),
    };
  });
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
  const { t } = ctx;
  const title = template.signerTitle ?? [signer.onBehalf, signer.role].filter(Boolean).join(' / ');
  const [signerFirst = '', ...signerRest] = title.split(/\s*\/\s*/u);
  const accent = template.accentColor;
  const line = (label: string, value: string, extra: object = {}): Content => ({
    text: [{ text: `${label} ` }, { text: value === '' ? blank(50) : value, bold: true }],
    alignment: 'center',
    fontSize: 14,
    margin: [0, 2, 0, 0],
    ...extra,
  });
  return [
    {
      ...(first ? {} : { pageBreak: 'before' as const }),
      columns: [
        {
          width: '42%',
          stack: [
            { text: upper(cert.issuer), bold: true, alignment: 'center', fontSize: 12 },
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
            { text: t('documents.common.nationalName'), style: 'nationalName', alignment: 'center' },
            { text: t('documents.common.motto'), style: 'motto', alignment: 'center' },
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
    {
      text: template.title ?? t('documents.certificate.title'),
      bold: true,
      fontSize: 34,
      color: accent,
      alignment: 'center',
      margin: [0, 16, 0, 0],
    },
    {
      text: upper(
        template.starsLine === null
          ? t('documents.certificate.starsLine', { stars: cert.stars })
          : template.starsLine.replaceAll('{{stars}}', String(cert.stars)),
      ),
      bold: true,
      fontSize: 18,
      alignment: 'center',
      margin: [0, 2, 0, 4],
    },
    template.starStyle === 'shapes'
      ? { ...starRow(cert.stars, 24, accent), alignment: 'center', margin: [0, 0, 0, 8] }
      : {
          text: t('stars', { count: cert.stars }),
          bold: true,
          color: accent,
          fontSize: 16,
          alignment: 'center',
          margin: [0, 0, 0, 8],
        },
    { text: t('documents.certificate.certifies'), italics: true, alignment: 'center', fontSize: 14 },
    {
      text: upper(cert.productName),
      bold: true,
      fontSize: 22,
      alignment: 'center',
      color: '#1a1a1a',
      margin: [0, 2, 0, 4],
    },
    line(t('documents.certificate.productCode'), cert.productCode),
    line(t('documents.certificate.producer'), cert.producer),
    line(t('documents.certificate.address'), cert.producerAddress, { fontSize: 13 }),
    {
      text: t('documents.certificate.decision', {
        number: cert.decisionNumber,
        date: formatDate(cert.decisionDate, ctx.language),
        authority: cert.decidedBy,
      }),
      italics: true,
      alignment: 'center',
      fontSize: 13,
      margin: [0, 6, 0, 0],
    },
    {
      text: t('documents.certificate.validUntil', { date: formatDate(cert.validUntil, ctx.language) }),
      bold: true,
      alignment: 'center',
      fontSize: 13,
      margin: [0, 2, 0, 0],
    },
    {
      columns: [
        {
          width: '40%',
          columns: [
            ...(template.showQr ? [{ qr: cert.code, fit: 86, eccLevel: 'M' as const, width: 86 }] : []),
            {
              width: '*',
              stack: [
                {
                  text: t('documents.certificate.number', { number: cert.certificateNumber }),
                  bold: true,
                  fontSize: 11,
                },
                { text: t('documents.certificate.checkCode', { code: cert.hash }), fontSize: 9 },
                { text: t('documents.certificate.checkHint'), fontSize: 8.5, italics: true },
              ],
              margin: [8, 30, 0, 0],
            },
          ],
        },
        {
          width: '60%',
          stack: [
            { text: placeAndDate(ctx, cert.decisionDate), style: 'placeDate', alignment: 'center' },
            { text: upper(signerFirst), style: 'signatureRole' },
            ...signerRest.map((part) => ({ text: upper(part), style: 'signatureRole' })),
            { text: template.signerName ?? signer.name, style: 'signatureName', margin: [0, 48, 0, 0] },
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
