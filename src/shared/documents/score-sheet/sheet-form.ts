import type { IsoDate } from '../../domain/dates/iso-date';
import type { RubricSet } from '../../domain/rubric/rubric-pack.schema';
import type { DocumentContext } from '../document-context';
import type { DocumentMember, DocumentProduct } from '../document-data';
import type { Content } from '../pdf-definition';
import { placeAndDate } from '../layout/admin-header';
import { contentWidth, writingLine } from '../layout/page';
import { signatureName } from '../layout/signature';
import { blank, memberWithRole, shortened, upper } from '../layout/text';
import { criteriaTables, type SheetMarks } from './criteria-table';

/** One sheet to print: whose, which product, and (filled) what was chosen, in which round, with which seal. */
export interface SheetToPrint {
  readonly member: DocumentMember;
  readonly product: DocumentProduct;
  readonly set: RubricSet;
  readonly marks: SheetMarks | null;
  readonly round: number | null;
  readonly comment: string;
  /** The seal's short code ("3f2a-91c0-7be4"); null when the sheet has none (blank, or from a file). */
  readonly seal: string | null;
  readonly date: IsoDate | null;
}

/** Each part's maximum (A, B, C) as the set's sections add up (40, 25 and 35 under 148 and 26/2026). */
export function partMaxima(set: RubricSet): readonly [number, number, number] {
  const sum = (part: 'A' | 'B' | 'C'): number =>
    set.sections.filter((s) => s.part === part).reduce((total, s) => total + s.maxPoints, 0);
  return [sum('A'), sum('B'), sum('C')];
}

function infoLine(label: string, value: string, extra: Content | null = null): Content {
  return {
    columns: [
      { text: [{ text: `${label} `, bold: true }, value === '' ? blank(60) : value], width: '*' },
      ...(extra ? [extra] : []),
    ],
    columnGap: 10,
    margin: [0, 0, 0, 2],
  };
}

/** The form's header: the council, the title, the product set, the product, its producer, the member. */
function sheetHeader(ctx: DocumentContext, sheet: SheetToPrint, newPage: boolean): Content[] {
  const { set, product, member } = sheet;
  const subtitle =
    set.formHeader ?? ctx.t('documents.sheet.groupLine', { group: set.group.name, subgroup: set.subgroup.name });
  const knockout =
    set.disqualifiers.length > 0 ? set.disqualifiers.join(' ') : ctx.t('documents.sheet.knockoutDefault');
  return [
    {
      columns: [
        { text: upper(ctx.council.councilName), bold: true, fontSize: 10, width: '60%' },
        {
          text: sheet.round === null ? '' : ctx.t('documents.sheet.round', { round: sheet.round }),
          alignment: 'right',
          bold: true,
          fontSize: 11,
          width: '40%',
        },
      ],
      margin: [0, 0, 0, 6],
      ...(newPage ? { pageBreak: 'before' as const } : {}),
    },
    {
      text: ctx.t('documents.sheet.title'),
      style: 'title',
      margin: [0, 0, 0, 2],
      // Every page of this sheet names its product at the foot, so a loose page finds its sheet again.
      runningLabel: ctx.t('documents.sheet.pageLabel', { product: shortened(product.name, 45), set: set.no }),
    },
    {
      text: upper(ctx.t('documents.sheet.productSet', { no: set.no, name: set.name })),
      bold: true,
      alignment: 'center',
      fontSize: 12,
    },
    { text: subtitle, italics: true, alignment: 'center', fontSize: 11, margin: [0, 0, 0, 6] },
    {
      stack: [
        infoLine(ctx.t('documents.sheet.productName'), product.name),
        infoLine(ctx.t('documents.sheet.productCode'), product.code),
        infoLine(ctx.t('documents.sheet.producer'), product.producer),
        infoLine(ctx.t('documents.sheet.member'), memberWithRole(ctx, member)),
      ],
      fontSize: 11.5,
    },
    { text: knockout, italics: true, bold: true, fontSize: 10, margin: [0, 3, 0, 3] },
    {
      text: ctx.t(sheet.marks ? 'documents.sheet.instructionsFilled' : 'documents.sheet.instructions'),
      italics: true,
      fontSize: 9.5,
      margin: [0, 0, 0, 4],
    },
  ];
}

/** The form's foot: the member's comments, place and date, the signature, the seal's short code. */
function sheetFooter(ctx: DocumentContext, sheet: SheetToPrint): Content {
  const comment = sheet.comment.trim();
  const lines: Content[] =
    sheet.marks === null
      ? Array.from({ length: 4 }, () => writingLine(contentWidth(), 16))
      : [{ text: comment === '' ? ctx.t('documents.sheet.noComment') : comment, fontSize: 11 }];
  const seal =
    sheet.marks === null
      ? null
      : {
          text: sheet.seal ? ctx.t('documents.sheet.seal', { code: sheet.seal }) : ctx.t('documents.sheet.noSeal'),
          fontSize: 9.5,
          italics: sheet.seal === null,
          bold: sheet.seal !== null,
        };
  return {
    stack: [
      { text: ctx.t('documents.sheet.comment'), bold: true, fontSize: 11, margin: [0, 8, 0, 2] },
      ...lines,
      {
        columns: [
          { width: '45%', stack: seal ? [{ text: '', margin: [0, 24, 0, 0] }, seal] : [] },
          {
            width: '55%',
            stack: [
              { text: placeAndDate(ctx, sheet.date), style: 'placeDate', alignment: 'center', fontSize: 12 },
              { text: upper(ctx.t('documents.sheet.evaluator')), style: 'signatureRole' },
              { text: ctx.t('documents.common.signHint'), style: 'signatureHint' },
              signatureName(sheet.member.name, contentWidth() * 0.55, 48),
            ],
          },
        ],
        margin: [0, 8, 0, 0],
      },
    ],
    unbreakable: true,
  };
}

/** A whole sheet: header, every criterion, the totals, the foot; it starts on a new page unless first. */
export function sheetForm(ctx: DocumentContext, sheet: SheetToPrint, first: boolean): Content[] {
  return [
    ...sheetHeader(ctx, sheet, !first),
    ...criteriaTables(ctx, sheet.set, partMaxima(sheet.set), sheet.marks),
    sheetFooter(ctx, sheet),
  ];
}
