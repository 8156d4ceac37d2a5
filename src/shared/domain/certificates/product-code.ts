import { issue, type DomainIssue } from '../issues/domain-issue';

/** A product code `(T)-(X)-(STT)-(year)`, with a district code between T and X in codes issued under 148. */
export interface ProductCode {
  readonly province: string;
  readonly district: string | null;
  readonly commune: string;
  /** The commune's sequence number as written (leading zeros kept). */
  readonly sequence: string;
  readonly year: number;
}

export type ProductCodeResult = { ok: true; code: ProductCode } | { ok: false; issues: DomainIssue[] };

/**
 * Parses and checks a product code: T = province code (2 digits), X = commune code (5 digits), STT = the
 * commune's sequence number, year = evaluation year (QĐ 26/2026 form header; administrative unit codes of
 * QĐ 19/2025/QĐ-TTg). Under 148 the district code (3 digits) stood between T and X.
 *
 * @example parseProductCode('12-03691-5-2026') → { province: '12', district: null, commune: '03691', sequence: '5', year: 2026 }
 * @example parseProductCode('83-829-28780-3-2022') → { province: '83', district: '829', commune: '28780', sequence: '3', year: 2022 }
 */
export function parseProductCode(value: string): ProductCodeResult {
  const parts = value.trim().split('-');
  if (parts.length !== 4 && parts.length !== 5) {
    return { ok: false, issues: [issue('productCode.shape', [], { value })] };
  }
  const [province = '', ...rest] = parts;
  const district = parts.length === 5 ? (rest.shift() ?? '') : null;
  const [commune = '', sequenceText = '', yearText = ''] = rest;
  const issues: DomainIssue[] = [];
  if (!/^\d{2}$/.test(province) || province === '00')
    issues.push(issue('productCode.province', [], { value: province }));
  if (district !== null && !/^\d{3}$/.test(district))
    issues.push(issue('productCode.district', [], { value: district }));
  if (!/^\d{5}$/.test(commune)) issues.push(issue('productCode.commune', [], { value: commune }));
  if (!/^\d{1,5}$/.test(sequenceText) || Number(sequenceText) < 1) {
    issues.push(issue('productCode.sequence', [], { value: sequenceText }));
  }
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 2018 || year > 2100)
    issues.push(issue('productCode.year', [], { value: yearText }));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, code: { province, district, commune, sequence: sequenceText, year } };
}

/** The printed form of a product code. */
export function formatProductCode(code: ProductCode): string {
  return [code.province, code.district, code.commune, code.sequence, String(code.year)]
    .filter((part) => part !== null)
    .join('-');
}
