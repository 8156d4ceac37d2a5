import { formatMean } from '../i18n/format';
import type { DocumentContext } from './document-context';
import { centred, headCell } from './layout/cells';
import type { Content, TableNode } from './pdf-definition';
import type { ProductWithResult } from './recognition';

/**
 * The list of products with their results that the submission, the decision's annex and the forwarded
 * list print: STT, product, producer, product set, mean score, stars (and, optionally, the kind of
 * evaluation). An empty list prints `empty` instead of a table.
 */
export function recognisedTable(
  ctx: DocumentContext,
  items: readonly ProductWithResult[],
  options: { empty: string; attempt?: boolean; fontSize?: number },
): Content {
  if (items.length === 0) return { text: options.empty, italics: true, margin: [0, 4, 0, 8] };
  const { t, language } = ctx;
  const columns = ['no', 'product', 'producer', 'set', 'mean', 'stars', ...(options.attempt ? ['attempt'] : [])];
  const widths = [22, '*', '*', 40, 44, 40, ...(options.attempt ? [62] : [])];
  const table: TableNode = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        columns.map((key) => headCell(t(`documents.list.columns.${key}`))),
        ...items.map(({ product, result }, i): Content[] => [
          centred(String(i + 1)),
          { text: product.name, bold: true },
          product.producer,
          centred(String(product.productSet)),
          centred(result.mean === null ? '' : formatMean(result.mean, language)),
          centred(result.stars === null ? '' : String(result.stars), { bold: true }),
          ...(options.attempt ? [t(`documents.common.attempt.${product.attempt}`)] : []),
        ]),
      ],
    },
    layout: 'ocopGrid',
    fontSize: options.fontSize ?? 11.5,
    margin: [0, 4, 0, 8],
  };
  return table;
}
