import type { ProductResult } from '../domain/scoring/compute-results';
import { formatMean, formatNumber } from '../i18n/format';
import { documentNumber, type DocumentContext } from './document-context';
import type { SessionDocumentData } from './document-data';
import type { DocumentOptions } from './document-options';
import { DOCUMENT_FILE_NAMES } from './file-names';
import { adminHeader } from './layout/admin-header';
import { adminDocument } from './layout/page';
import { councilSignature } from './layout/signers';
import { signatures } from './layout/signature';
import { dateInWords, memberWithRole, starsText, yearOf } from './layout/text';
import type { Content, DocumentDefinition, TextNode } from './pdf-definition';
import { centred, headCell } from './layout/cells';
import {
  FORWARD_STATUSES,
  forwardTarget,
  productList,
  productsWithStatus,
  recognisingAuthorityName,
} from './recognition';

const paragraph = (text: TextNode['text'], extra: Omit<TextNode, 'text'> = {}): TextNode => ({
  text,
  alignment: 'justify',
  margin: [0, 0, 0, 4],
  leadingIndent: 28,
  ...extra,
});
const heading = (text: string): Content => ({ text, style: 'heading', margin: [0, 6, 0, 3] });

/** A heading kept on the page of the first block under it. */
function section(title: string, blocks: readonly Content[]): Content[] {
  const [first, ...rest] = blocks;
  return first === undefined ? [heading(title)] : [{ stack: [heading(title), first], unbreakable: true }, ...rest];
}
const dashItem = (text: string): Content => ({ text: `- ${text}`, alignment: 'justify', margin: [14, 0, 0, 2] });

/** "08:30" → "08 giờ 30 phút"; blanks to fill in by hand when the time is not known. */
function timeInWords(ctx: DocumentContext, time: string | undefined): string {
  const match = time ? /^(\d{1,2}):(\d{2})$/.exec(time) : null;
  if (!match) return ctx.t('documents.minutes.timeBlank');
  return ctx.t('documents.minutes.time', { hour: (match[1] ?? '').padStart(2, '0'), minute: match[2] ?? '' });
}

function attendance(ctx: DocumentContext, data: SessionDocumentData): Content[] {
  const { t } = ctx;
  const present = data.members.filter((m) => m.present);
  const absent = data.members.filter((m) => !m.present);
  const line = (m: SessionDocumentData['members'][number]): Content =>
    dashItem(`${memberWithRole(ctx, m)}${m.title ? `, ${m.title}` : ''}.`);
  const { quorum } = data.results;
  const rules = data.session.rules;
  const percent = formatNumber(quorum.total === 0 ? 0 : (quorum.present / quorum.total) * 100, ctx.language);
  const chair = data.members.find((m) => m.role === 'chair');
  const secretary = data.members.find((m) => m.role === 'secretary');
  return section(t('documents.minutes.attendanceHeading'), [
    paragraph(t('documents.minutes.present', { present: quorum.present, total: quorum.total })),
    ...present.map(line),
    paragraph(
      absent.length > 0 ? t('documents.minutes.absent', { count: absent.length }) : t('documents.minutes.noAbsent'),
    ),
    ...absent.map(line),
    paragraph(
      t(quorum.met ? 'documents.minutes.quorumMet' : 'documents.minutes.quorumNotMet', {
        present: quorum.present,
        total: quorum.total,
        percent,
        required: formatNumber(rules.quorumFraction * 100, ctx.language, 0),
        chair: rules.chairRequired ? t('documents.minutes.quorumChair') : '',
      }),
    ),
    paragraph(
      t('documents.minutes.presiding', {
        chair: chair?.name ?? '……',
        secretary: secretary?.name ?? '……',
      }),
    ),
  ]);
}

function recusals(ctx: DocumentContext, data: SessionDocumentData): Content[] {
  const lines = data.products.flatMap((product) =>
    product.recused.flatMap((id) => {
      const member = data.members.find((m) => m.id === id);
      return member
        ? [dashItem(ctx.t('documents.minutes.recusal', { member: memberWithRole(ctx, member), product: product.name }))]
        : [];
    }),
  );
  return section(
    ctx.t('documents.minutes.conflictsHeading'),
    lines.length > 0 ? lines : [paragraph(ctx.t('documents.minutes.noConflicts'))],
  );
}

function productsEvaluated(ctx: DocumentContext, data: SessionDocumentData): Content[] {
  const { t } = ctx;
  const evaluated = data.products.filter((p) => p.disqualified === null);
  const excluded = data.products.filter((p) => p.disqualified !== null);
  const head = ['no', 'product', 'producer', 'set', 'attempt'].map((key) =>
    headCell(t(`documents.minutes.productColumns.${key}`)),
  );
  return section(t('documents.minutes.productsHeading'), [
    paragraph(t('documents.minutes.productsIntro', { count: evaluated.length })),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [22, '*', '*', 34, 70],
        body: [
          head,
          ...evaluated.map((p, i): Content[] => [
            centred(String(i + 1)),
            p.name,
            p.producer,
            centred(String(p.productSet)),
            t(`documents.common.attempt.${p.attempt}`),
          ]),
        ],
      },
      layout: 'ocopGrid',
      fontSize: 11,
      margin: [0, 2, 0, 6],
    },
    ...(excluded.length > 0
      ? [
          paragraph(t('documents.minutes.excluded', { count: excluded.length })),
          ...excluded.map((p) =>
            dashItem(t('documents.minutes.excludedItem', { product: p.name, reason: p.disqualified ?? '' })),
          ),
        ]
      : []),
  ]);
}

/** Each round: who scored how many sheets, and the spread discussion of re-scored products (round by round figures). */
function rounds(ctx: DocumentContext, data: SessionDocumentData): Content[] {
  const { t, language } = ctx;
  const threshold = data.session.rules.spreadThreshold;
  const lines: Content[] = [];
  const roundNumbers = [...new Set(data.sheets.map((s) => s.round))].sort((a, b) => a - b);
  for (const round of roundNumbers) {
    const sheets = data.sheets.filter((s) => s.round === round);
    lines.push(
      paragraph(
        t('documents.minutes.round', {
          round,
          members: new Set(sheets.map((s) => s.member)).size,
          products: new Set(sheets.map((s) => s.product)).size,
          sheets: sheets.length,
        }),
      ),
    );
  }
  const figures = (productId: string): ProductResult[] =>
    data.rounds.flatMap(({ round, results }) =>
      results.products.filter((r) => r.id === productId && r.round === round),
    );
  const discussed = data.products
    .map((product) => ({ product, figures: figures(product.id) }))
    .filter(({ figures: f }) => f.some((r) => r.spreadFlag));
  if (discussed.length === 0) {
    lines.push(paragraph(t('documents.minutes.noSpread', { threshold })));
    return section(t('documents.minutes.roundsHeading'), lines);
  }
  for (const { product, figures: f } of discussed) {
    const flagged = f.filter((r) => r.spreadFlag);
    const last = f[f.length - 1];
    for (const r of flagged) {
      const totals = Object.values(r.memberTotals);
      lines.push(
        paragraph(
          t(r === last ? 'documents.minutes.spreadOpen' : 'documents.minutes.spread', {
            product: product.name,
            round: r.round ?? 0,
            spread: r.spread ?? 0,
            max: Math.max(...totals),
            min: Math.min(...totals),
            threshold,
            next: (r.round ?? 0) + 1,
          }),
        ),
      );
    }
  }
  const head = ['product', 'round', 'totals', 'mean', 'spread'].map((key) =>
    headCell(t(`documents.minutes.roundColumns.${key}`)),
  );
  lines.push({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 34, 150, 44, 48],
      body: [
        head,
        ...discussed.flatMap(({ product, figures: f }) =>
          f.map((r, i): Content[] => [
            i === 0 ? { text: product.name, rowSpan: f.length } : '',
            centred(String(r.round ?? '')),
            { text: Object.values(r.memberTotals).join(', '), fontSize: 10 },
            centred(r.mean === null ? '' : formatMean(r.mean, language)),
            centred(r.spread === null ? '' : String(r.spread), { bold: r.spreadFlag }),
          ]),
        ),
      ],
    },
    layout: 'ocopGrid',
    fontSize: 11,
    margin: [0, 2, 0, 6],
  });
  return section(t('documents.minutes.roundsHeading'), lines);
}

function results(ctx: DocumentContext, data: SessionDocumentData): Content[] {
  const { t, language } = ctx;
  const byId = new Map(data.results.products.map((r) => [r.id, r]));
  const head = ['no', 'product', 'mean', 'stars', 'status'].map((key) =>
    headCell(t(`documents.minutes.resultColumns.${key}`)),
  );
  const notes: Content[] = [];
  const body = data.products.map((product, i): Content[] => {
    const r = byId.get(product.id);
    if (r && r.stars !== null && r.bandStars !== null && r.stars < r.bandStars) {
      const set = data.sets.get(product.productSet);
      const criteria = r.blockingCriteria
        .map((id) => set?.criteria.find((c) => c.id === id))
        .map((c, k) => (c ? `${c.number} (${c.text})` : (r.blockingCriteria[k] ?? '')))
        .join('; ');
      notes.push(
        paragraph(t('documents.minutes.gate', { product: product.name, band: r.bandStars, stars: r.stars, criteria })),
      );
    }
    return [
      centred(String(i + 1)),
      product.name,
      centred(r?.mean === undefined || r.mean === null ? '–' : formatMean(r.mean, language), { bold: true }),
      centred(starsText(ctx, r?.stars ?? null)),
      t(`status.${r?.status ?? 'incomplete'}`),
    ];
  });
  return [
    heading(t('documents.minutes.resultsHeading')),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [22, '*', 48, 44, 110], body: [head, ...body] },
      layout: 'ocopGrid',
      fontSize: 11,
      margin: [0, 2, 0, 6],
    },
    ...notes,
  ];
}

function conclusion(ctx: DocumentContext, data: SessionDocumentData): Content[] {
  const { t } = ctx;
  const lines: Content[] = [paragraph(t('documents.minutes.agreed'))];
  const recognised = productsWithStatus(data, ['recognise']);
  const forwarded = productsWithStatus(data, FORWARD_STATUSES);
  const refused = productsWithStatus(data, ['not-recognised']);
  const pending = productsWithStatus(data, ['rescore', 'incomplete', 'no-quorum']);
  if (recognised.length > 0) {
    lines.push(
      dashItem(
        t('documents.minutes.proposeRecognition', {
          authority: recognisingAuthorityName(ctx, data),
          count: recognised.length,
          products: productList(recognised),
        }),
      ),
    );
  }
  if (forwarded.length > 0) {
    lines.push(
      dashItem(
        t('documents.minutes.proposeForward', {
          target: forwardTarget(ctx, data),
          count: forwarded.length,
          products: productList(forwarded),
        }),
      ),
    );
  }
  if (refused.length > 0) {
    lines.push(
      dashItem(t('documents.minutes.notRecognised', { count: refused.length, products: productList(refused) })),
    );
  }
  if (pending.length > 0) {
    lines.push(dashItem(t('documents.minutes.pending', { count: pending.length, products: productList(pending) })));
  }
  if (data.confirmation?.note) {
    lines.push(
      paragraph(t('documents.minutes.chairNote', { chair: data.confirmation.chair, note: data.confirmation.note })),
    );
  }
  if (data.resultVersion) {
    lines.push(
      paragraph(
        t('documents.minutes.locked', {
          version: data.resultVersion.version,
          hash: data.resultVersion.hash.slice(0, 16),
        }),
        { italics: true, fontSize: 11 },
      ),
    );
  }
  return section(t('documents.minutes.conclusionHeading'), lines);
}

/**
 * The minutes of the council meeting (biên bản họp Hội đồng), ND 30/2020 layout: the authority above,
 * the council as issuer with the number from its pattern; time and place; attendance and the quorum;
 * conflicts of interest; products evaluated and excluded; each round with the spread discussion
 * (round 1 against round 2 figures of re-scored products); results; the conclusion; the closing; the
 * secretary's and the chair's signatures.
 */
export function minutesDocument(
  data: SessionDocumentData,
  ctx: DocumentContext,
  options: DocumentOptions = {},
): { fileName: string; definition: DocumentDefinition } {
  const { t } = ctx;
  const date = data.session.date;
  const number = documentNumber(ctx.council.numbers.minutes, options.numbering?.minutes ?? null, yearOf(ctx, date));
  const content: Content[] = [
    adminHeader(ctx, { issuer: ctx.council.councilName, parent: ctx.council.authority, number, date }),
    { text: t('documents.minutes.title'), style: 'title' },
    { text: t('documents.minutes.subtitle', { council: ctx.council.councilName }), style: 'subtitle' },
    { text: data.session.title, alignment: 'center', italics: true, margin: [0, 0, 0, 10] },
    paragraph(
      t('documents.minutes.opening', {
        time: timeInWords(ctx, options.meeting?.start),
        date: dateInWords(ctx, date),
        place: data.session.place || '……',
        council: ctx.council.councilName,
      }),
    ),
    ...attendance(ctx, data),
    heading(t('documents.minutes.contentHeading')),
    ...recusals(ctx, data),
    ...productsEvaluated(ctx, data),
    ...rounds(ctx, data),
    ...results(ctx, data),
    ...conclusion(ctx, data),
    signatures([councilSignature(ctx, data, 'secretary'), councilSignature(ctx, data, 'chair')], null, {
      keepWith: paragraph(t('documents.minutes.closing', { time: timeInWords(ctx, options.meeting?.end) }), {
        margin: [0, 8, 0, 0],
      }),
    }),
  ];
  return {
    fileName: DOCUMENT_FILE_NAMES.minutes,
    definition: adminDocument(content, {
      title: `${t('documents.minutes.title')}: ${data.session.title}`,
      date: date ?? ctx.date,
    }),
  };
}
