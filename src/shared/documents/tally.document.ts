import type { ProductResult } from '../domain/scoring/compute-results';
import { formatDate, formatMean, formatNumber } from '../i18n/format';
import type { DocumentContext } from './document-context';
import type { DocumentProduct, SessionDocumentData } from './document-data';
import { adminHeader } from './layout/admin-header';
import { adminDocument, contentWidth } from './layout/page';
import { councilSignature } from './layout/signers';
import { signatures } from './layout/signature';
import { memberWithRole } from './layout/text';
import type { Content, DocumentDefinition, TextNode } from './pdf-definition';
import { centred, headCell } from './layout/cells';

/** Columns besides the product and the members: STT, A, B, C, mean, spread, band stars, stars, proposal. */
const FIXED = { no: 19, part: 25, mean: 32, spread: 30, band: 28, stars: 28, status: 58 } as const;
const FIXED_WIDTH = FIXED.no + 3 * FIXED.part + FIXED.mean + FIXED.spread + FIXED.band + FIXED.stars + FIXED.status;
const PRODUCT_MIN = 110;
/** The product column's width in landscape while the members' columns can stay at MEMBER_ROOMY or more. */
const PRODUCT_ROOMY = 150;
const MEMBER_WIDTH = 22;
/** Wide enough for "100" at 9 pt. */
const MEMBER_ROOMY = 15;
const MEMBER_MIN = 13;
/** pdfmake adds each cell's padding (2 × 1.5 pt, layout 'ocopTally') and the rule to the width given. */
const CELL_EXTRA = 3.5;

/** Marks in the member columns and after figures; explained under the table. */
export const TALLY_MARKS = { recused: '—', absent: 'V', spread: '†', gate: '‡' } as const;

/**
 * The orientation and column widths for `members` member columns: portrait while the table fits between
 * the margins with members at 22 pt, landscape beyond (about 5 members). In landscape the members'
 * columns narrow (down to 15 pt) before the product's column does below 150 pt, so that long product
 * and producer names do not make every row six lines tall; past that both narrow, members to 13 pt.
 *
 * @example tallyLayout(14) → { orientation: 'landscape', memberWidth: 15.27… } (product column 150 pt)
 */
export function tallyLayout(members: number): { orientation: 'portrait' | 'landscape'; memberWidth: number } {
  const columns = 9 + members;
  const need = (width: number): number => FIXED_WIDTH + PRODUCT_MIN + members * width + columns * CELL_EXTRA;
  if (need(MEMBER_WIDTH) <= contentWidth('portrait')) return { orientation: 'portrait', memberWidth: MEMBER_WIDTH };
  const room = (product: number): number =>
    (contentWidth('landscape') - FIXED_WIDTH - product - columns * CELL_EXTRA) / Math.max(1, members);
  const roomy = room(PRODUCT_ROOMY);
  return {
    orientation: 'landscape',
    memberWidth:
      roomy >= MEMBER_ROOMY
        ? Math.min(MEMBER_WIDTH, roomy)
        : Math.max(MEMBER_MIN, Math.min(MEMBER_ROOMY, room(PRODUCT_MIN))),
  };
}

function productCell(ctx: DocumentContext, product: DocumentProduct, result: ProductResult | undefined): Content {
  return {
    stack: [
      { text: product.name, bold: true },
      {
        text: [
          `${product.producer}; `,
          { text: ctx.t('documents.tally.set', { no: product.productSet }), italics: true },
          result?.round && result.round > 1 ? ` ${ctx.t('documents.tally.round', { round: result.round })}` : '',
        ],
        fontSize: 8,
      },
    ],
  };
}

/**
 * The aggregate table (bảng tổng hợp): products × members' totals, part means, the mean (87,50), the
 * spread with its flag, stars by band and after the marker gate, the proposal in words; recused members
 * "—", absent members "V", each explained under the table. Landscape when the members do not fit upright.
 */
export function tallyDocument(data: SessionDocumentData, ctx: DocumentContext): DocumentDefinition {
  const { t, language } = ctx;
  const members = data.members.filter((m) => m.scores);
  const layout = tallyLayout(members.length);
  const results = new Map(data.results.products.map((r) => [r.id, r]));
  const threshold = data.session.rules.spreadThreshold;
  const head = (key: string, extra: Omit<TextNode, 'text'> = {}): Content =>
    headCell(t(`documents.tally.columns.${key}`), extra);

  const header1: Content[] = [
    head('no', { rowSpan: 2 }),
    head('product', { rowSpan: 2 }),
    ...members.map((_, i) => (i === 0 ? head('members', { colSpan: members.length }) : '')),
    head('partMeans', { colSpan: 3 }),
    '',
    '',
    head('mean', { rowSpan: 2 }),
    head('spread', { rowSpan: 2 }),
    head('band', { rowSpan: 2 }),
    head('stars', { rowSpan: 2 }),
    head('status', { rowSpan: 2 }),
  ];
  const header2: Content[] = [
    '',
    '',
    ...members.map((_, i) => centred(String(i + 1), { bold: true })),
    ...(['A', 'B', 'C'] as const).map((p) => centred(p, { bold: true })),
    '',
    '',
    '',
    '',
    '',
  ];
  const notes = { recused: false, absent: false, spread: false, gated: [] as string[] };
  const rows = data.products.map((product, index): Content[] => {
    const result = results.get(product.id);
    const first = [centred(String(index + 1)), productCell(ctx, product, result)];
    if (product.disqualified !== null || !result) {
      return [
        ...first,
        {
          text: t('documents.tally.disqualified', { reason: product.disqualified ?? '' }),
          italics: true,
          colSpan: members.length + 7,
        },
        ...Array.from({ length: members.length + 6 }, () => ''),
        centred(t(`status.${result?.status ?? 'disqualified'}`)),
      ];
    }
    const memberCells = members.map((member) => {
      if (product.recused.includes(member.id)) {
        notes.recused = true;
        return centred(TALLY_MARKS.recused);
      }
      if (!member.present) {
        notes.absent = true;
        return centred(TALLY_MARKS.absent);
      }
      const total = result.memberTotals[member.id];
      return centred(total === undefined ? '' : String(total));
    });
    const parts = result.partMeans;
    const gated = result.stars !== null && result.bandStars !== null && result.stars < result.bandStars;
    if (result.spreadFlag) notes.spread = true;
    if (gated) {
      const set = data.sets.get(product.productSet);
      const criteria = result.blockingCriteria
        .map((id) => {
          const criterion = set?.criteria.find((c) => c.id === id);
          return criterion ? `${criterion.number} (${criterion.text})` : id;
        })
        .join('; ');
      notes.gated.push(
        t('documents.tally.noteGate', {
          mark: TALLY_MARKS.gate,
          product: product.name,
          band: result.bandStars ?? 0,
          stars: result.stars ?? 0,
          criteria,
        }),
      );
    }
    return [
      ...first,
      ...memberCells,
      ...(parts ? [parts.A, parts.B, parts.C] : [null, null, null]).map((v) =>
        centred(v === null ? '' : formatNumber(v, language)),
      ),
      centred(result.mean === null ? '' : formatMean(result.mean, language), { bold: true }),
      centred(
        result.spread === null ? '' : `${result.spread}${result.spreadFlag ? ` ${TALLY_MARKS.spread}` : ''}`,
        result.spreadFlag ? { bold: true } : {},
      ),
      centred(result.bandStars === null ? '' : String(result.bandStars)),
      centred(result.stars === null ? '' : `${result.stars}${gated ? ` ${TALLY_MARKS.gate}` : ''}`, { bold: true }),
      centred(t(`status.${result.status}`), { fontSize: 8 }),
    ];
  });

  const widths = [
    FIXED.no,
    '*',
    ...members.map(() => layout.memberWidth),
    FIXED.part,
    FIXED.part,
    FIXED.part,
    FIXED.mean,
    FIXED.spread,
    FIXED.band,
    FIXED.stars,
    FIXED.status,
  ];
  const legend = members
    .map((m, i) => `${i + 1}. ${memberWithRole(ctx, m)}${m.present ? '' : ` ${t('documents.tally.absentMark')}`}`)
    .join('; ');
  const footnotes: string[] = [
    ...(notes.recused ? [t('documents.tally.noteRecused', { mark: TALLY_MARKS.recused })] : []),
    ...(notes.absent ? [t('documents.tally.noteAbsent', { mark: TALLY_MARKS.absent })] : []),
    ...(notes.spread ? [t('documents.tally.noteSpread', { mark: TALLY_MARKS.spread, threshold })] : []),
    ...notes.gated,
  ];
  const { quorum } = data.results;
  const notesHeading: TextNode = { text: t('documents.tally.notes'), bold: true };
  // The last line goes with the signatures, so that they never stand alone on a page.
  const closing: Content[] = [
    { text: [{ text: t('documents.tally.legend'), bold: true }, ` ${legend}.`] },
    t(quorum.met ? 'documents.tally.quorumMet' : 'documents.tally.quorumNotMet', {
      present: quorum.present,
      total: quorum.total,
    }),
    ...(footnotes.length > 0 ? [notesHeading] : []),
    ...footnotes,
  ];
  const content: Content[] = [
    adminHeader(ctx, {
      issuer: ctx.council.councilName,
      parent: ctx.council.authority,
      date: data.session.date,
      width: contentWidth(layout.orientation),
    }),
    { text: t('documents.tally.title'), style: 'title' },
    { text: data.session.title, style: 'subtitle', margin: [0, 2, 0, 0] },
    {
      text: t('documents.tally.meeting', {
        date: data.session.date ? formatDate(data.session.date, language) : '……',
        place: data.session.place || '……',
      }),
      italics: true,
      alignment: 'center',
      fontSize: 12,
      margin: [0, 2, 0, 8],
    },
    {
      table: { headerRows: 2, dontBreakRows: true, widths, body: [header1, header2, ...rows] },
      layout: 'ocopTally',
      fontSize: layout.orientation === 'portrait' ? 9.5 : 9,
      lineHeight: 1.05,
    },
    { stack: closing.slice(0, -1), fontSize: 10.5, margin: [0, 6, 0, 0] },
    signatures([councilSignature(ctx, data, 'secretary'), councilSignature(ctx, data, 'chair')], null, {
      keepWith: { stack: closing.slice(-1), fontSize: 10.5 },
      width: contentWidth(layout.orientation),
    }),
  ];
  return adminDocument(content, {
    orientation: layout.orientation,
    title: `${t('documents.tally.title')}: ${data.session.title}`,
    date: data.session.date ?? ctx.date,
  });
}
