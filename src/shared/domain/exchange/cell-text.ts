/** A cell as the reader hands it over: text, a number, or nothing. */
export type CellValue = string | number | null;

/**
 * A one-line cell as text: Unicode NFC (Excel on Windows and macOS may store "ế" decomposed), trimmed,
 * inner runs of spaces and line breaks made one space. Numbers are written without grouping.
 *
 * @example cellText('  Hợp tác xã\u00a0 Bình  Lư ') === 'Hợp tác xã Bình Lư'
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? numberText(value) : value;
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A multi-line cell (a description): NFC, trimmed, line breaks kept as "\n". */
export function cellMultiline(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? numberText(value) : value;
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

function numberText(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : '';
}

/**
 * Text folded for comparing headers and words: no diacritics (đ → d), lower case, one space between words.
 *
 * @example foldKey(' Hộ  KINH doanh ') === 'ho kinh doanh'
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What makes two names the same producer's or product's: NFC, lower case, one space between words.
 * Diacritics count ("Hà" and "Hạ" are different names).
 *
 * @example nameKey('HTX  Miến dong') === nameKey('htx miến dong')
 */
export function nameKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A registration number compared without spaces or case: "12/2019/htx" is "12/2019/HTX". */
export function registrationKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}
