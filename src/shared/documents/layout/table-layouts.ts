/**
 * Table layouts as data, so that a document definition holds no functions and can be sent to a worker
 * thread; the renderer (src/main/pdf) turns each into pdfmake's layout functions and registers it under
 * its name. Lines in points; `horizontal: 'outer'` draws only the first and last line.
 */
export interface TableLayoutSpec {
  readonly horizontal: 'all' | 'none' | 'outer';
  readonly vertical: 'all' | 'none' | 'outer';
  readonly lineWidth: number;
  readonly lineColor: string;
  readonly paddingX: number;
  readonly paddingY: number;
}

export const TABLE_LAYOUTS = {
  /** Result tables (tally, minutes, annex): a thin full grid. */
  ocopGrid: { horizontal: 'all', vertical: 'all', lineWidth: 0.5, lineColor: '#000000', paddingX: 3, paddingY: 2 },
  /** The aggregate table: many narrow columns, so little side padding. */
  ocopTally: { horizontal: 'all', vertical: 'all', lineWidth: 0.5, lineColor: '#000000', paddingX: 1.5, paddingY: 2 },
  /** The score sheet's criteria: a thin grid with tight padding (one sheet ≈ 4 pages). */
  ocopForm: { horizontal: 'all', vertical: 'all', lineWidth: 0.4, lineColor: '#333333', paddingX: 2.5, paddingY: 0.8 },
  /** Label and value lines without rules. */
  ocopPlain: { horizontal: 'none', vertical: 'none', lineWidth: 0, lineColor: '#000000', paddingX: 0, paddingY: 1 },
} as const satisfies Readonly<Record<string, TableLayoutSpec>>;

export type TableLayoutName = keyof typeof TABLE_LAYOUTS;
