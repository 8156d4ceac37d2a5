import { sha256Hex } from '../council-session/canonical-sheet';

/** What a certificate's check code covers: every field printed on it that carries legal weight. */
export interface CertificateCodeFields {
  readonly certificateNumber: string;
  readonly productCode: string;
  readonly productName: string;
  readonly producer: string;
  readonly stars: number;
  readonly issuer: string;
  readonly decisionNumber: string;
  /** ISO date (yyyy-MM-dd). */
  readonly decisionDate: string;
  /** ISO date (yyyy-MM-dd): decision date + 36 months. */
  readonly validUntil: string;
}

/** The code's first field: the format and its version. */
export const CERTIFICATE_CODE_PREFIX = 'OCOP-GCN1';
const HASH_LENGTH = 16;

/** "|" separates the fields; "%" and "|" inside a field are escaped as %25 and %7C. */
const escape = (value: string): string => value.replaceAll('%', '%25').replaceAll('|', '%7C');
const unescape = (value: string): string => value.replaceAll('%7C', '|').replaceAll('%25', '%');

/**
 * The certificate's hash: SHA-256 of its fields in a fixed order (texts in NFC, trimmed), first 16 hex
 * digits. Changing any printed field (a star, a date, a name) changes it.
 *
 * @example certificateHash({ certificateNumber: '01/GCN-OCOP', productCode: '12-03691-5-2026', … }).length === 16
 */
export function certificateHash(fields: CertificateCodeFields): string {
  const text = (value: string): string => value.normalize('NFC').trim();
  const canonical = JSON.stringify([
    CERTIFICATE_CODE_PREFIX,
    text(fields.certificateNumber),
    text(fields.productCode),
    text(fields.productName),
    text(fields.producer),
    fields.stars,
    text(fields.issuer),
    text(fields.decisionNumber),
    fields.decisionDate,
    fields.validUntil,
  ]);
  return sha256Hex(canonical).slice(0, HASH_LENGTH);
}

/**
 * The text of a certificate's QR code: `OCOP-GCN1|<certificate number>|<product code>|<hash>`, so that a
 * printed certificate can be read back and checked against the archive (`certificateCodeMatches`).
 *
 * @example certificateCode(fields) === 'OCOP-GCN1|01/GCN-OCOP|12-03691-5-2026|3f2a91c07be4d215'
 */
export function certificateCode(fields: CertificateCodeFields): string {
  return [
    CERTIFICATE_CODE_PREFIX,
    escape(fields.certificateNumber.normalize('NFC').trim()),
    escape(fields.productCode.normalize('NFC').trim()),
    certificateHash(fields),
  ].join('|');
}

export interface ParsedCertificateCode {
  readonly certificateNumber: string;
  readonly productCode: string;
  readonly hash: string;
}

/**
 * Reads a certificate's code (as a QR reader returns it); null when it is not one.
 *
 * @example parseCertificateCode('OCOP-GCN1|01/GCN-OCOP|12-03691-5-2026|3f2a91c07be4d215')
 *   → { certificateNumber: '01/GCN-OCOP', productCode: '12-03691-5-2026', hash: '3f2a91c07be4d215' }
 */
export function parseCertificateCode(text: string): ParsedCertificateCode | null {
  const parts = text.trim().split('|');
  if (parts.length !== 4 || parts[0] !== CERTIFICATE_CODE_PREFIX) return null;
  const [, number = '', code = '', hash = ''] = parts;
  if (!new RegExp(`^[0-9a-f]{${HASH_LENGTH}}$`).test(hash) || number === '') return null;
  return { certificateNumber: unescape(number), productCode: unescape(code), hash };
}

/** Whether a code read from paper belongs to the certificate with these fields (as the archive holds them). */
export function certificateCodeMatches(text: string, fields: CertificateCodeFields): boolean {
  const parsed = parseCertificateCode(text);
  return (
    parsed !== null &&
    parsed.certificateNumber === fields.certificateNumber.normalize('NFC').trim() &&
    parsed.productCode === fields.productCode.normalize('NFC').trim() &&
    parsed.hash === certificateHash(fields)
  );
}
