import { PROCESS_PROFILES } from '../domain/profiles/process-profiles';
import { documentNumber, type DocumentContext } from './document-context';
import type { SessionDocumentData } from './document-data';
import type { DocumentOptions } from './document-options';
import { DOCUMENT_FILE_NAMES } from './file-names';
import { adminHeader } from './layout/admin-header';
import { adminDocument } from './layout/page';
import { councilSignature } from './layout/signers';
import { signatures } from './layout/signature';
import { yearOf } from './layout/text';
import type { Content, DocumentDefinition } from './pdf-definition';
import { recognisedTable } from './recognised-table';
import { FORWARD_STATUSES, forwardTarget, productsWithStatus } from './recognition';

/**
 * The list of products the council sends to the level above: under the district profile (QĐ 148) the
 * products of 4 stars and more go to the provincial council; under the province profiles the 5-star
 * products go to the ministry. Attached to the submission; signed by the chair for the council.
 */
export function forwardedListDocument(
  data: SessionDocumentData,
  ctx: DocumentContext,
  options: DocumentOptions = {},
): { fileName: string; definition: DocumentDefinition } {
  const { t } = ctx;
  const district = PROCESS_PROFILES[data.session.profile].councilLevel === 'district';
  const forwarded = productsWithStatus(data, FORWARD_STATUSES);
  const target = forwardTarget(ctx, data);
  const submission = documentNumber(
    ctx.council.numbers.submission,
    options.numbering?.submission ?? null,
    yearOf(ctx, ctx.date),
  );
  const content: Content[] = [
    adminHeader(ctx, { issuer: ctx.council.councilName, parent: ctx.council.authority, date: ctx.date }),
    { text: t('documents.forwarded.title'), style: 'title' },
    { text: t('documents.forwarded.subtitle', { target }), style: 'subtitle' },
    {
      text: t('documents.forwarded.attached', { number: submission, council: ctx.council.councilName }),
      italics: true,
      alignment: 'center',
      margin: [0, 2, 0, 8],
    },
    {
      text: t(district ? 'documents.forwarded.ruleDistrict' : 'documents.forwarded.ruleProvince'),
      alignment: 'justify',
      margin: [0, 0, 0, 4],
    },
    recognisedTable(ctx, forwarded, {
      empty: t(district ? 'documents.forwarded.emptyDistrict' : 'documents.forwarded.emptyProvince'),
      attempt: true,
      fontSize: 11,
    }),
    signatures([councilSignature(ctx, data, 'chair', { onBehalf: true })]),
  ];
  return {
    fileName: DOCUMENT_FILE_NAMES.forwarded,
    definition: adminDocument(content, { title: t('documents.forwarded.title'), date: ctx.date }),
  };
}
