import type { TextNode } from '../pdf-definition';

/** A table cell centred in its column. */
export function centred(text: string, extra: Omit<TextNode, 'text'> = {}): TextNode {
  return { text, alignment: 'center', ...extra };
}

/** A column heading of a table. */
export function headCell(text: string, extra: Omit<TextNode, 'text'> = {}): TextNode {
  return { text, style: 'tableHeader', ...extra };
}
