/**
 * The part of pdfmake's document-definition format the documents use, typed here so that shared code does
 * not import pdfmake's typings (they pull in the DOM and Node, which src/shared must not see). The main
 * process hands these definitions to pdfmake unchanged.
 */
export type Margins = number | [number, number] | [number, number, number, number];
export type Alignment = 'left' | 'right' | 'center' | 'justify';

export interface StyleProps {
  readonly style?: string | readonly string[];
  readonly font?: string;
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly alignment?: Alignment;
  readonly color?: string;
  readonly fillColor?: string;
  readonly lineHeight?: number;
  readonly decoration?: 'underline' | 'lineThrough' | 'overline';
  readonly characterSpacing?: number;
  readonly noWrap?: boolean;
  readonly preserveLeadingSpaces?: boolean;
  readonly leadingIndent?: number;
}

export interface NodeProps extends StyleProps {
  readonly margin?: Margins;
  readonly unbreakable?: boolean;
  readonly pageBreak?: 'before' | 'after';
  readonly width?: number | string;
  readonly id?: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly border?: [boolean, boolean, boolean, boolean];
  /** Places the node at a fixed point of the page (points from the top-left corner), outside the flow. */
  readonly absolutePosition?: { readonly x: number; readonly y: number };
  /** Keeps a heading on the page of what follows it (pdfmake moves it to the next page otherwise). */
  readonly headlineLevel?: number;
}

export interface TextNode extends NodeProps {
  readonly text: string | readonly (string | TextNode)[];
  /**
   * Names what this node begins, for the page numbers' `{{label}}`: every page from the one this node is
   * printed on shows it, until the next node with a label (a member's sheets: the product of each page).
   */
  readonly runningLabel?: string;
}
export interface StackNode extends NodeProps {
  readonly stack: readonly Content[];
}
export interface ColumnsNode extends NodeProps {
  readonly columns: readonly Content[];
  readonly columnGap?: number;
}
export interface TableNode extends NodeProps {
  readonly table: {
    readonly headerRows?: number;
    readonly dontBreakRows?: boolean;
    readonly keepWithHeaderRows?: number;
    readonly widths?: readonly (number | string)[];
    readonly heights?: number | readonly number[];
    readonly body: readonly (readonly Content[])[];
  };
  /**
   * A named layout: pdfmake's own ('noBorders', 'lightHorizontalLines', 'headerLineOnly') or one of
   * TABLE_LAYOUTS (layout/table-layouts.ts), which the renderer registers. A `TableLayout` object holds
   * functions, so a definition using one cannot be sent to a worker thread: prefer the names.
   */
  readonly layout?: string | TableLayout;
}
export interface TableLayout {
  readonly hLineWidth?: (i: number) => number;
  readonly vLineWidth?: (i: number) => number;
  readonly paddingLeft?: (i: number) => number;
  readonly paddingRight?: (i: number) => number;
  readonly paddingTop?: (i: number) => number;
  readonly paddingBottom?: (i: number) => number;
  readonly fillColor?: (row: number) => string | null;
}
export interface CanvasLine {
  readonly type: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly lineWidth?: number;
  readonly lineColor?: string;
  readonly dash?: { readonly length: number; readonly space?: number };
}
export interface CanvasRect {
  readonly type: 'rect';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly lineWidth?: number;
  readonly lineColor?: string;
  readonly color?: string;
  readonly r?: number;
}
export interface CanvasPolyline {
  readonly type: 'polyline';
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly closePath?: boolean;
  readonly lineWidth?: number;
  readonly lineColor?: string;
  /** Fill colour (a closed shape). */
  readonly color?: string;
  readonly lineJoin?: 'miter' | 'round' | 'bevel';
  readonly lineCap?: 'butt' | 'round' | 'square';
}
export interface CanvasEllipse {
  readonly type: 'ellipse';
  readonly x: number;
  readonly y: number;
  readonly r1: number;
  readonly r2: number;
  readonly lineWidth?: number;
  readonly lineColor?: string;
  readonly color?: string;
}
export interface CanvasNode extends NodeProps {
  readonly canvas: readonly (CanvasLine | CanvasRect | CanvasPolyline | CanvasEllipse)[];
}
export interface QrNode extends NodeProps {
  readonly qr: string;
  readonly fit?: number;
  readonly eccLevel?: 'L' | 'M' | 'Q' | 'H';
  readonly foreground?: string;
}
export interface ListNode extends NodeProps {
  readonly ul?: readonly Content[];
  readonly ol?: readonly Content[];
}

export type Content =
  string | TextNode | StackNode | ColumnsNode | TableNode | CanvasNode | QrNode | ListNode | readonly Content[];

/**
 * Page numbers as data. `template` may hold `{{page}}` and `{{pages}}` ("Trang {{page}}/{{pages}}"), and
 * `{{label}}`: the `runningLabel` of the last labelled text node printed on or before the page; without a
 * template the bare number is printed. `offset`: points from the top edge (header) or the bottom edge
 * (footer).
 */
export interface PageNumbers {
  readonly from: number;
  readonly position?: 'header' | 'footer';
  readonly alignment?: Alignment;
  readonly offset: number;
  readonly fontSize: number;
  readonly template?: string;
  /** Side margins of the line (default: the page's). */
  readonly margins?: readonly [number, number];
}

export interface DocumentDefinition {
  readonly pageSize: 'A4';
  readonly pageOrientation: 'portrait' | 'landscape';
  readonly pageMargins: [number, number, number, number];
  readonly info: {
    readonly title: string;
    readonly creator: string;
    readonly producer: string;
    /** ISO date-time stamped as the PDF's creation date (otherwise the clock: bytes differ per run). */
    readonly creationDate?: string;
  };
  readonly defaultStyle: StyleProps;
  readonly styles: Readonly<Record<string, StyleProps>>;
  /**
   * Page numbers as data (the renderer turns them into pdfmake's header function), so that a definition
   * stays plain data that can be sent to a worker thread: centred at `top` points from the top edge,
   * from page `from` on (ND 30/2020: from page 2).
   */
  readonly pageNumbers?: PageNumbers;
  /** In-process only (a function cannot cross to a worker): prefer `pageNumbers`. */
  readonly header?: (currentPage: number, pageCount: number) => Content | null;
  readonly footer?: (currentPage: number, pageCount: number) => Content | null;
  readonly background?: (currentPage: number) => Content | null;
  readonly content: readonly Content[];
}
