import type { RubricCriterion, RubricOption, RubricSet, StarLevel } from '../../domain/rubric/rubric-pack.schema';
import type { Choice } from '../../domain/session/session-file.schema';
import type { DocumentContext } from '../document-context';
import type { Content, TableNode } from '../pdf-definition';
import { tickBox } from '../layout/marks';
import { upper } from '../layout/text';

/** What is ticked and written on a filled sheet; null for a blank sheet. */
export interface SheetMarks {
  readonly choices: Readonly<Record<string, Choice>>;
  /** Points by criterion id. */
  readonly points: ReadonlyMap<string, number>;
  /** Part totals A, B, C and the total. */
  readonly parts: readonly [number, number, number];
  readonly total: number;
}

/** Columns: tick box | criterion and options | points | star marker | points given. */
export const SHEET_WIDTHS = [11, '*', 24, 30, 36] as const;
const FORM_SIZE = 9.5;
const BOX = 7.5;
const PART_FILL = '#d9d9d9';
const SECTION_FILL = '#f0f0f0';

/** "***" for the 3-star minimum, as the printed forms mark it. */
export function markerText(level: StarLevel | undefined): string {
  return level === undefined ? '' : '*'.repeat(level);
}

/** "Trường hợp 1: Cộng đồng dịch vụ du lịch" → "Cộng đồng dịch vụ du lịch" (the sheet prints "Trường hợp a"). */
function variantLabel(text: string): string {
  return text.replace(/^\s*trường hợp\s*\d+\s*[:.]\s*/iu, '');
}

type Row = Content[];

const spanned = (content: Content, fill: string | null, extra: object = {}): Row => [
  {
    ...(typeof content === 'string' ? { text: content } : content),
    colSpan: 5,
    ...(fill ? { fillColor: fill } : {}),
    ...extra,
  },
  '',
  '',
  '',
  '',
];

function optionRow(option: RubricOption, ticked: boolean | null): Row {
  return [
    tickBox(ticked === true, BOX),
    { text: option.text },
    { text: String(option.points), alignment: 'center' },
    { text: markerText(option.marker), alignment: 'center', bold: true },
    '',
  ];
}

function isChosen(choice: Choice | undefined, variant: string | null, index: number): boolean {
  if (choice === undefined || choice === null) return false;
  if (typeof choice === 'number') return variant === null && choice === index;
  return choice.variant === variant && choice.option === index;
}

/**
 * The rows of one criterion: its heading with the maximum, every option as a tick box with its points
 * and star marker, the variant lists ("Trường hợp a/b") of a criterion that has them, and "none
 * applies (0 points)" as a box of its own. The last column spans the rows: points written by hand, or
 * printed on a filled sheet.
 */
function criterionRows(ctx: DocumentContext, criterion: RubricCriterion, marks: SheetMarks | null): Row[] {
  const choice = marks?.choices[criterion.id];
  const given = marks ? String(marks.points.get(criterion.id) ?? 0) : '';
  const options: Row[] = [];
  if (criterion.variants) {
    options.push(spanned({ text: ctx.t('documents.sheet.variantHint'), italics: true }, null));
    for (const variant of criterion.variants) {
      options.push([
        '',
        {
          text: [
            { text: ctx.t('documents.sheet.variant', { id: variant.id }), bold: true },
            `: ${variantLabel(variant.text)}`,
          ],
          italics: true,
        },
        '',
        '',
        '',
      ]);
      variant.options.forEach((option, index) =>
        options.push(optionRow(option, marks ? isChosen(choice, variant.id, index) : null)),
      );
    }
  } else {
    (criterion.options ?? []).forEach((option, index) =>
      options.push(optionRow(option, marks ? isChosen(choice, null, index) : null)),
    );
  }
  options.push([
    tickBox(marks !== null && choice === null, BOX),
    { text: ctx.t('documents.sheet.noneApplies'), italics: true },
    { text: '0', alignment: 'center' },
    '',
    '',
  ]);
  const heading: Row = [
    {
      text: [
        { text: `${criterion.number}. ${criterion.text}`, bold: true },
        ` ${ctx.t('documents.sheet.criterionMax', { points: criterion.maxPoints })}`,
      ],
      colSpan: 2,
    },
    '',
    '',
    { text: markerText(criterion.headingMarker), alignment: 'center', bold: true },
    {
      text: given,
      rowSpan: options.length + 1,
      alignment: 'center',
      bold: true,
      fontSize: 12,
    },
  ];
  return [heading, ...options];
}

function columnHeader(ctx: DocumentContext): Row {
  const cell = (key: string): Content => ({
    text: ctx.t(`documents.sheet.columns.${key}`),
    bold: true,
    alignment: 'center',
  });
  return [{ ...(cell('criterion') as object), colSpan: 2 }, '', cell('points'), cell('marker'), cell('score')];
}

function totalRow(label: string, value: string, big = false): Row {
  return [
    { text: label, colSpan: 4, bold: true, alignment: 'right', fontSize: big ? 11 : FORM_SIZE },
    '',
    '',
    '',
    { text: value, bold: true, alignment: 'center', fontSize: big ? 13 : 12 },
  ];
}

/**
 * The scoring form of a set, criterion by criterion: one small table per criterion (kept on one page),
 * with the part, section and parent headings in front of the first criterion under them (so a heading
 * never ends a page) and the part total after the last one.
 */
export function criteriaTables(
  ctx: DocumentContext,
  set: RubricSet,
  partMaxima: readonly number[],
  marks: SheetMarks | null,
): Content[] {
  const tables: Content[] = [];
  const partIds = ['A', 'B', 'C'] as const;
  partIds.forEach((part, partIndex) => {
    const criteria = set.criteria.filter((c) => c.part === part);
    let section: string | null = null;
    let parent: string | null = null;
    criteria.forEach((criterion, index) => {
      const rows: Row[] = [];
      if (index === 0) {
        rows.push(
          spanned(
            {
              text: [
                upper(ctx.t('documents.sheet.part', { part, name: ctx.t(`part.${part}`) })),
                ` ${ctx.t('documents.sheet.partMax', { points: partMaxima[partIndex] ?? 0 })}`,
              ],
              bold: true,
            },
            PART_FILL,
          ),
          columnHeader(ctx),
        );
      }
      if (criterion.sectionId !== section) {
        section = criterion.sectionId;
        parent = null;
        const found = set.sections.find((s) => s.part === part && s.id === criterion.sectionId);
        // A section that is a single criterion of the same number ("10. Hướng dẫn sử dụng…") has no row of its own.
        if (found && criterion.number !== found.id) {
          rows.push(
            spanned(
              {
                text: `${found.id}. ${found.title} ${ctx.t('documents.sheet.sectionMax', { points: found.maxPoints })}`,
                bold: true,
              },
              SECTION_FILL,
            ),
          );
        }
      }
      if (criterion.parent && criterion.parent.number !== parent) {
        parent = criterion.parent.number;
        rows.push(
          spanned(
            {
              text: `${criterion.parent.number}. ${criterion.parent.text} ${ctx.t('documents.sheet.criterionMax', { points: criterion.parent.maxPoints })}`,
              bold: true,
              italics: true,
            },
            null,
          ),
        );
      }
      rows.push(...criterionRows(ctx, criterion, marks));
      if (index === criteria.length - 1) {
        rows.push(
          totalRow(
            ctx.t('documents.sheet.partTotal', { part, points: partMaxima[partIndex] ?? 0 }),
            marks ? String(marks.parts[partIndex] ?? 0) : '',
          ),
        );
      }
      const table: TableNode = {
        table: { widths: SHEET_WIDTHS, body: rows },
        layout: 'ocopForm',
        fontSize: FORM_SIZE,
        lineHeight: 1.04,
        unbreakable: true,
        margin: [0, 0, 0, 0],
      };
      tables.push(table);
    });
  });
  tables.push({
    table: {
      widths: SHEET_WIDTHS,
      body: [totalRow(ctx.t('documents.sheet.total'), marks ? String(marks.total) : '', true)],
    },
    layout: 'ocopForm',
    fontSize: FORM_SIZE,
    unbreakable: true,
    margin: [0, 4, 0, 0],
  });
  return tables;
}
