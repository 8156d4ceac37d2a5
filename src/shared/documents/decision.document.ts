import { formatDate } from '../i18n/format';
import { documentNumber, type DocumentContext } from './document-context';
import type { SessionDocumentData } from './document-data';
import type { DocumentOptions } from './document-options';
import { DOCUMENT_FILE_NAMES } from './file-names';
import { adminHeader } from './layout/admin-header';
import { adminDocument } from './layout/page';
import { recipients } from './layout/recipients';
import { authoritySignature } from './layout/signers';
import { signatures } from './layout/signature';
import { dateInWords, upper, yearOf } from './layout/text';
import { legalBasisLines } from './legal-basis';
import type { Content, DocumentDefinition, TextNode } from './pdf-definition';
import { recognisedTable } from './recognised-table';
import { productsWithStatus, recognisingAuthority, recognisingAuthorityName } from './recognition';

const paragraph = (text: TextNode['text'], extra: Omit<TextNode, 'text'> = {}): TextNode => ({
  text,
  alignment: 'justify',
  leadingIndent: 28,
  margin: [0, 0, 0, 4],
  ...extra,
});

/** "Điều 1." in bold, then the article's text. */
const article = (label: string, text: string): TextNode => paragraph([{ text: `${label} `, bold: true }, text]);

/**
 * The draft recognition decision (dự thảo quyết định công nhận) of the authority that recognises the
 * council's proposal (UBND huyện under 148's district profile, the provincial chair under the province
 * profiles): legal basis, the council's minutes and submission, Điều 1–3, "Nơi nhận", the signature; then
 * the annex (phụ lục) listing the products recognised (STT, product, producer, set, score, stars). The
 * number and date stay blank until the decision is registered, unless given in `options.decision`.
 */
export function decisionDocument(
  data: SessionDocumentData,
  ctx: DocumentContext,
  options: DocumentOptions = {},
): { fileName: string; definition: DocumentDefinition } {
  const { t } = ctx;
  const decisionDate = options.decision?.date ?? null;
  const year = yearOf(ctx, data.session.date);
  const number =
    options.decision?.number ?? documentNumber(ctx.council.numbers.decision, null, yearOf(ctx, decisionDate));
  const authority = recognisingAuthority(data);
  const decidedBy = recognisingAuthorityName(ctx, data);
  const recognised = productsWithStatus(data, ['recognise']);
  const submission = documentNumber(
    ctx.council.numbers.submission,
    options.numbering?.submission ?? null,
    yearOf(ctx, ctx.date),
  );
  const minutes = documentNumber(ctx.council.numbers.minutes, options.numbering?.minutes ?? null, year);
  const council = ctx.council.councilName;
  const content: Content[] = [
    { text: t('documents.common.draft'), bold: true, alignment: 'right', fontSize: 11, margin: [0, 0, 0, 2] },
    adminHeader(ctx, { issuer: ctx.council.authority, number, date: decisionDate }),
    { text: t('documents.decision.title'), style: 'title' },
    { text: t('documents.decision.subject', { year }), style: 'subtitle' },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.6 }],
      alignment: 'center',
      margin: [0, 2, 0, 10],
    },
    { text: upper(decidedBy), bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
    paragraph(t('documents.decision.localGovernmentLaw'), { italics: true }),
    ...legalBasisLines(ctx, data).map((line) => paragraph(line, { italics: true })),
    paragraph(
      t('documents.decision.minutesBasis', { council, date: dateInWords(ctx, data.session.date), number: minutes }),
      {
        italics: true,
      },
    ),
    paragraph(t('documents.decision.proposal', { council, number: submission }), { italics: true }),
    { text: t('documents.decision.decides'), bold: true, alignment: 'center', margin: [0, 6, 0, 6] },
    article(
      t('documents.decision.article', { n: 1 }),
      recognised.length > 0
        ? t('documents.decision.article1', { count: recognised.length, year })
        : t('documents.decision.article1None', { year }),
    ),
    article(t('documents.decision.article', { n: 2 }), t('documents.decision.article2')),
    signatures(
      [{ ...authoritySignature(ctx, authority), hint: undefined }],
      recipients(ctx, [t('documents.decision.asArticle3'), council]),
      {
        keepWith: article(
          t('documents.decision.article', { n: 3 }),
          t('documents.decision.article3', { authority: ctx.council.authority, council }),
        ),
      },
    ),
    {
      stack: [
        { text: t('documents.decision.annexTitle'), style: 'title' },
        { text: t('documents.decision.annexSubtitle', { year }), style: 'subtitle' },
        {
          text: t('documents.decision.annexAttached', {
            number,
            date: decisionDate ? formatDate(decisionDate, ctx.language) : '……',
            authority: decidedBy,
          }),
          italics: true,
          alignment: 'center',
          margin: [0, 2, 0, 8],
        },
      ],
      pageBreak: 'before',
    },
    recognisedTable(ctx, recognised, { empty: t('documents.list.empty'), attempt: true, fontSize: 11 }),
  ];
  return {
    fileName: DOCUMENT_FILE_NAMES.decision,
    definition: adminDocument(content, {
      title: t('documents.decision.subject', { year }),
      date: decisionDate ?? ctx.date,
    }),
  };
}
