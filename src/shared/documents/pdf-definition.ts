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
}

export interface TextNode extends NodeProps {
  readonly text: string | readonly (string | TextNode)[];
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
  readonly dash?: { readonly length: number };
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
export interface CanvasNode extends NodeProps {
  readonly canvas: readonly (CanvasLine | CanvasRect)[];
}
export interface QrNode extends NodeProps {
  readonly qr: string;
  readonly fit?: number;
  readonly eccLevel?: 'L' | 'M' | 'Q' | 'H';
}
export interface ListNode extends NodeProps {
  readonly ul?: readonly Content[];
  readonly ol?: readonly Content[];
}

export type Content =
  string | TextNode | StackNode | ColumnsNode | TableNode | CanvasNode | QrNode | ListNode | readonly Content[];

export interface DocumentDefinition {
  readonly pageSize: 'A4';
  readonly pageOrientation: 'portrait' | 'landscape';
  readonly pageMargins: [number, number, number, number];
  readonly info: { readonly title: string; readonly creator: string; readonly producer: string };
  readonly defaultStyle: StyleProps;
  readonly styles: Readonly<Record<string, StyleProps>>;
  readonly header?: (currentPage: number, pageCount: number) => Content | null;
  readonly footer?: (currentPage: number, pageCount: number) => Content | null;
  readonly background?: (currentPage: number) => Content | null;
  readonly content: readonly Content[];
}
