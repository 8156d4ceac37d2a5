import type { CouncilSession } from '../../../../shared/domain/council-session/session.schema';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import type { SessionResults } from '../../../../shared/domain/scoring/compute-results';
import type { Certificate } from '../../../../shared/domain/workspace/certificate.schema';
import { documentNumber } from '../../../../shared/documents/document-context';

/** A recognised product of the session and its certificate under one decision: issued already, or to issue. */
export interface CertificatePlanItem {
  readonly productId: string;
  readonly name: string;
  readonly stars: 3 | 4 | 5;
  /** The mean, to two decimals (what the register keeps). */
  readonly score: number | null;
  readonly number: string;
  /** The register's certificate when this decision already gave the product one. */
  readonly existing: Certificate | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The sequence numbers already used with a pattern in a year: `{{n}}/GCN-OCOP` and ['01/GCN-OCOP',
 * '07/GCN-OCOP', '3/QĐ'] → [1, 7].
 */
export function usedSequence(pattern: string, year: number, numbers: readonly string[]): number[] {
  const source = escapeRegExp(pattern)
    .replaceAll(escapeRegExp('{{n}}'), '(\\d+)')
    .replaceAll(escapeRegExp('{{year}}'), String(year));
  const matcher = new RegExp(`^${source}$`);
  return numbers.flatMap((number) => {
    const found = matcher.exec(number.trim());
    return found?.[1] ? [Number(found[1])] : [];
  });
}

/**
 * The products a finalised session recognises (status "recognise", 3★ or more) with their certificate
 * under the decision `decisionNumber`: the one the register already holds from that decision, or a new
 * number from `pattern`, continuing after the highest number the register used with it that year.
 *
 * @example two recognised products, register empty, pattern '{{n}}/GCN-OCOP' → '01/GCN-OCOP', '02/GCN-OCOP'
 */
export function certificatePlan(input: {
  readonly session: CouncilSession;
  readonly results: SessionResults;
  readonly decisionNumber: string;
  readonly decisionDate: IsoDate;
  readonly pattern: string;
  /** Every certificate of the register that is current (not replaced by a correction). */
  readonly register: readonly Certificate[];
}): CertificatePlanItem[] {
  const year = Number(input.decisionDate.slice(0, 4));
  const decision = input.decisionNumber.trim();
  const used = usedSequence(
    input.pattern,
    year,
    input.register.map((c) => c.certificateNumber),
  );
  let next = Math.max(0, ...used) + 1;
  const resultOf = new Map(input.results.products.map((r) => [r.id, r]));
  return input.session.products.flatMap((product): CertificatePlanItem[] => {
    const result = resultOf.get(product.productId);
    if (!result || result.status !== 'recognise' || result.stars === null || result.stars < 3) return [];
    const stars = result.stars as 3 | 4 | 5;
    const existing =
      input.register.find((c) => c.productId === product.productId && c.decisionNumber.trim() === decision) ?? null;
    const number = existing?.certificateNumber ?? documentNumber(input.pattern, next++, year);
    const score = result.mean === null ? null : Math.round(result.mean * 100) / 100;
    return [{ productId: product.productId, name: product.name, stars, score, number, existing }];
  });
}

/**
 * The sequence number the certificates PDF numbers from, when the register's numbers of the recognised
 * products run on one by one in the session's order (the PDF numbers them `start`, `start + 1`, …); null
 * when they do not, or there are none.
 *
 * @example certificateStart([{ number: '04/GCN-OCOP' }, { number: '05/GCN-OCOP' }], '{{n}}/GCN-OCOP', '2026-08-15') === 4
 */
export function certificateStart(
  items: readonly Pick<CertificatePlanItem, 'number'>[],
  pattern: string,
  decisionDate: IsoDate | null,
): number | null {
  const [first] = items;
  if (!first || decisionDate === null) return null;
  const year = Number(decisionDate.slice(0, 4));
  const start = usedSequence(pattern, year, [first.number])[0];
  if (start === undefined) return null;
  return items.every((item, i) => item.number === documentNumber(pattern, start + i, year)) ? start : null;
}
