import { certificateCode, certificateHash } from '../domain/certificates/certificate-code';
import { certificateValidUntil } from '../domain/certificates/certificate-validity';
import type { IsoDate } from '../domain/dates/iso-date';
import type { Authority } from '../domain/profiles/process-profiles';
import { formatDate } from '../i18n/format';
import type { CertificateTemplate } from './certificate-template';
import { documentNumber, type DocumentContext } from './document-context';
import { placeAndDate } from './layout/admin-header';
import type { SignatureBlock } from './layout/signature';
import { upper } from './layout/text';
import { authorityName } from './recognition';

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

/** The product a certificate is for, and its place in the decision's numbering. */
export interface CertifiedProduct {
  readonly name: string;
  readonly code: string;
  readonly producer: string;
  readonly address: string;
  readonly stars: number;
  /** The sequence number (`{{n}}` of the template's number pattern). */
  readonly sequence: number;
}

/**
 * The certificate of one product under a decision: the issuer from the template or the council, who
 * decided (by the authority that recognises), valid until decision date + 36 months, and the check code.
 * The app's PDF and the template editor's preview both make their certificates with it.
 */
export function certificateFor(
  ctx: DocumentContext,
  template: CertificateTemplate,
  authority: Authority,
  decision: { readonly number: string; readonly date: IsoDate },
  product: CertifiedProduct,
): CertificateData {
  const fields = {
    certificateNumber: documentNumber(template.numberPattern, product.sequence, Number(decision.date.slice(0, 4))),
    productCode: product.code,
    productName: product.name,
    producer: product.producer,
    stars: product.stars,
    issuer: template.authority ?? ctx.council.authority,
    decisionNumber: decision.number,
    decisionDate: decision.date,
    validUntil: certificateValidUntil(decision.date),
  };
  return {
    ...fields,
    decidedBy: authorityName(ctx, authority),
    producerAddress: product.address,
    code: certificateCode(fields),
    hash: certificateHash(fields),
  };
}

/** A labelled line ("Chủ thể: …"); an empty value prints as dots to fill in by hand. */
export interface FaceField {
  readonly label: string;
  readonly value: string;
}

/** Every text printed on a certificate, in its words and case, top to bottom. */
export interface CertificateFace {
  readonly issuer: string;
  readonly nationalName: string;
  readonly motto: string;
  readonly title: string;
  readonly starsLine: string;
  readonly stars: number;
  /** "4 sao" when the template writes the stars as text; null when it draws them. */
  readonly starsText: string | null;
  readonly certifies: string;
  readonly productName: string;
  readonly productCode: FaceField;
  readonly producer: FaceField;
  readonly address: FaceField;
  readonly decision: string;
  readonly validUntil: string;
  readonly number: string;
  readonly checkCode: string;
  readonly checkHint: string;
  readonly placeDate: string;
  /** The signer's title, one entry a line ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"). */
  readonly signerLines: readonly string[];
  readonly signerName: string;
}

/**
 * The texts of a certificate under a template: the PDF lays them out (certificates.document.ts), the
 * template editor shows them, so that what the council previews is what it prints.
 */
export function certificateFace(
  ctx: DocumentContext,
  cert: CertificateData,
  template: CertificateTemplate,
  signer: SignatureBlock,
): CertificateFace {
  const { t } = ctx;
  const title = template.signerTitle ?? [signer.onBehalf, signer.role].filter(Boolean).join(' / ');
  return {
    issuer: upper(cert.issuer),
    nationalName: t('documents.common.nationalName'),
    motto: t('documents.common.motto'),
    title: template.title ?? t('documents.certificate.title'),
    starsLine: upper(
      template.starsLine === null
        ? t('documents.certificate.starsLine', { stars: cert.stars })
        : template.starsLine.replaceAll('{{stars}}', String(cert.stars)),
    ),
    stars: cert.stars,
    starsText: template.starStyle === 'shapes' ? null : t('stars', { count: cert.stars }),
    certifies: t('documents.certificate.certifies'),
    productName: upper(cert.productName),
    productCode: { label: t('documents.certificate.productCode'), value: cert.productCode },
    producer: { label: t('documents.certificate.producer'), value: cert.producer },
    address: { label: t('documents.certificate.address'), value: cert.producerAddress },
    decision: t('documents.certificate.decision', {
      number: cert.decisionNumber,
      date: formatDate(cert.decisionDate, ctx.language),
      authority: cert.decidedBy,
    }),
    validUntil: t('documents.certificate.validUntil', { date: formatDate(cert.validUntil, ctx.language) }),
    number: t('documents.certificate.number', { number: cert.certificateNumber }),
    checkCode: t('documents.certificate.checkCode', { code: cert.hash }),
    checkHint: t('documents.certificate.checkHint'),
    placeDate: placeAndDate(ctx, cert.decisionDate),
    signerLines: title
      .split(/\s*\/\s*/u)
      .filter((line) => line !== '')
      .map(upper),
    signerName: template.signerName ?? signer.name,
  };
}
