/**
 * Approximate advance widths of Tinos (Times New Roman metrics) in em, by kind of character, measured on
 * the Vietnamese alphabet: the mean width of each kind, rounded up. Enough to decide where a header line
 * should break or how small a signature's name must be to stay on one line; pdfmake does the real layout.
 */
const EM = {
  regular: { upper: 0.68, lower: 0.47, digit: 0.5, space: 0.25, other: 0.33 },
  bold: { upper: 0.72, lower: 0.5, digit: 0.5, space: 0.25, other: 0.34 },
} as const;

function kind(char: string): keyof (typeof EM)['regular'] {
  if (char === ' ') return 'space';
  if (/\d/u.test(char)) return 'digit';
  if (char.toLocaleLowerCase('vi') !== char) return 'upper';
  if (char.toLocaleUpperCase('vi') !== char) return 'lower';
  return 'other';
}

/**
 * The estimated width in points of `text` set in Tinos at `fontSize`.
 *
 * @example estimatedWidth('ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 12) ≈ 197 (pdfmake: 194.7)
 */
export function estimatedWidth(text: string, fontSize: number, bold = false): number {
  const em = EM[bold ? 'bold' : 'regular'];
  let total = 0;
  for (const char of text.normalize('NFC')) total += em[kind(char)];
  return total * fontSize;
}

/**
 * The largest size from `preferred` down to `min` (half points) at which `text` fits on one line of
 * `width` points; `min` when none does (the text then wraps).
 *
 * @example fittingFontSize('PGS.TS. Nguyễn Hoàng Phương Thảo Nguyên', 228, 13, 11, true) === 11
 */
export function fittingFontSize(text: string, width: number, preferred: number, min: number, bold = false): number {
  for (let size = preferred; size > min; size -= 0.5) {
    if (estimatedWidth(text, size, bold) <= width) return size;
  }
  return min;
}
