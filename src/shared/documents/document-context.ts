import type { IsoDate } from '../domain/dates/iso-date';
import { DEFAULT_DOCUMENT_NUMBERS, type Signer } from '../domain/workspace/council.schema';
import type { Language, Translate } from '../i18n/messages';

/** Patterns of document numbers; `{{n}}` is the sequence number, `{{year}}` the year. */
export type DocumentNumberPatterns = typeof DEFAULT_DOCUMENT_NUMBERS;
export { DEFAULT_DOCUMENT_NUMBERS };

/** Who the documents come from: the council's settings as documents print them. */
export interface DocumentCouncil {
  /** "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường". */
  readonly councilName: string;
  /** "Ủy ban nhân dân huyện Tam Đường": the authority above the council, first line of the header. */
  readonly authority: string;
  /** "Tam Đường": "Tam Đường, ngày … tháng … năm …". */
  readonly placeName: string;
  readonly signers: readonly Signer[];
  readonly numbers: DocumentNumberPatterns;
}

/** Everything a document definition needs besides its data: words, the council, the date printed. */
export interface DocumentContext {
  readonly t: Translate;
  readonly language: Language;
  readonly council: DocumentCouncil;
  /** The date printed on the document ("ngày … tháng … năm …"). */
  readonly date: IsoDate;
}

/** A document number from its pattern: documentNumber('{{n}}/BB-HĐOCOP', 3, 2025) === '03/BB-HĐOCOP'. */
export function documentNumber(pattern: string, n: number | null, year: number): string {
  const number = n === null ? '……' : String(n).padStart(2, '0');
  return pattern.replaceAll('{{n}}', number).replaceAll('{{year}}', String(year));
}
