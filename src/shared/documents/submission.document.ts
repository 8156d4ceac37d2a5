import { documentNumber, type DocumentContext } from './document-context';
import type { SessionDocumentData } from './document-data';
import type { DocumentOptions } from './document-options';
import { DOCUMENT_FILE_NAMES } from './file-names';
import { adminHeader } from './layout/admin-header';
import { adminDocument } from './layout/page';
import { recipients } from './layout/recipients';
import { councilSignature } from './layout/signers';
import { signatures } from './layout/signature';
import { dateInWords, yearOf } from './layout/text';
import { legalBasisLines } from './legal-basis';
import type { Content, DocumentDefinition, TextNode } from './pdf-definition';
import { recognisedTable } from './recognised-table';
import { FORWARD_STATUSES, forwardTarget, productsWithStatus, recognisingAuthorityName } from './recognition';

const paragraph = (text: TextNode['text'], extra: Omit<TextNode, 'text'> = {}): TextNode => ({
  text,
  alignment: 'justify',
  leadingIndent: 28,
  margin: [0, 0, 0, 4],
  ...extra,
});

/**
 * The submission (tờ trình) from the council to the recognising authority: the legal basis, the
 * meeting's minutes, the products proposed for recognition with their scores and stars, and (when
 * there are any) the products proposed to the level above; signed by the chair on behalf of the council.
 */
export function submissionDocument(
  data: SessionDocumentData,
  ctx: DocumentContext,
  options: DocumentOptions = {},
): { fileName: string; definition: DocumentDefinition } {
  const { t } = ctx;
  const year = yearOf(ctx, data.session.date);
  const recipient = recognisingAuthorityName(ctx, data);
  const recognised = productsWithStatus(data, ['recognise']);
  const forwarded = productsWithStatus(data, FORWARD_STATUSES);
  const minutesNumber = documentNumber(ctx.council.numbers.minutes, options.numbering?.minutes ?? null, year);
  const number = documentNumber(
    ctx.council.numbers.submission,
    options.numbering?.submission ?? null,
    yearOf(ctx, ctx.date),
  );
  const content: Content[] = [
    adminHeader(ctx, { issuer: ctx.council.councilName, parent: ctx.council.authority, number, date: ctx.date }),
    { text: t('documents.submission.title'), style: 'title' },
    { text: t('documents.submission.subject', { year }), style: 'subtitle' },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.6 }],
      alignment: 'center',
      margin: [0, 2, 0, 8],
    },
    { text: t('documents.submission.to', { recipient }), alignment: 'center', margin: [0, 0, 0, 10] },
    ...legalBasisLines(ctx, data).map((line) => paragraph(line, { italics: true })),
    paragraph(
      t('documents.submission.minutesBasis', {
        council: ctx.council.councilName,
        date: dateInWords(ctx, data.session.date),
        number: minutesNumber,
      }),
      { italics: true },
    ),
    paragraph(
      recognised.length > 0
        ? t('documents.submission.propose', {
            council: ctx.council.councilName,
            recipient,
            count: recognised.length,
            year,
          })
        : t('documents.submission.proposeNone', { council: ctx.council.councilName, recipient }),
    ),
    recognisedTable(ctx, recognised, { empty: t('documents.list.empty') }),
    ...(forwarded.length > 0
      ? [paragraph(t('documents.submission.forwarded', { target: forwardTarget(ctx, data), count: forwarded.length }))]
      : []),
    signatures(
      [councilSignature(ctx, data, 'chair', { onBehalf: true })],
      recipients(ctx, [t('documents.submission.asAbove')]),
      { keepWith: paragraph(t('documents.submission.closing', { recipient })) },
    ),
  ];
  return {
    fileName: DOCUMENT_FILE_NAMES.submission,
    definition: adminDocument(content, { title: t('documents.submission.subject', { year }), date: ctx.date }),
  };
}
