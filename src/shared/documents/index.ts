/**
 * The printed documents of a council session, as pdfmake definitions (data in, definition out). The
 * app's document service and the command line both call `buildDocuments`, so they write the same files
 * under the same names; src/main/pdf renders the definitions (`renderPdf`, or `createPdfPool`).
 */
import type { IsoDate } from '../domain/dates/iso-date';
import { blankSheetsDocuments } from './blank-sheets.document';
import { certificatesDocument } from './certificates.document';
import { decisionDocument } from './decision.document';
import type { DocumentContext } from './document-context';
import type { SessionDocumentData } from './document-data';
import type { DocumentOptions } from './document-options';
import { DOCUMENT_FILE_NAMES } from './file-names';
import { filledSheetsDocuments } from './filled-sheets.document';
import { forwardedListDocument } from './forwarded-list.document';
import { minutesDocument } from './minutes.document';
import type { DocumentDefinition } from './pdf-definition';
import { submissionDocument } from './submission.document';
import { tallyDocument } from './tally.document';

export const DOCUMENT_KINDS = ['blank-sheets', 'sheets', 'tally', 'minutes', 'decision', 'certificates'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** One file to write: its name (a slug, see file-names.ts) and what to render into it. */
export interface BuiltDocument {
  readonly kind: DocumentKind;
  readonly fileName: string;
  readonly definition: DocumentDefinition;
}

/**
 * What a kind still needs from the user before it can be built, as i18n keys (documents.missing.*):
 * certificates need the recognition decision's number and date. Empty when it can be built.
 */
export function missingDocumentOptions(kind: DocumentKind, options: DocumentOptions): string[] {
  if (kind !== 'certificates') return [];
  return [
    ...(options.decision?.number ? [] : ['documents.missing.decisionNumber']),
    ...(options.decision?.date ? [] : ['documents.missing.decisionDate']),
  ];
}

export class MissingDocumentOptions extends Error {
  constructor(readonly keys: readonly string[]) {
    super(`missing document options: ${keys.join(', ')}`);
    this.name = 'MissingDocumentOptions';
  }
}

/**
 * The files of one kind of document for a session:
 * - `blank-sheets`: one PDF per scoring member (`phieu-cham-trong-<member>.pdf`), a blank sheet per product;
 * - `sheets`: one PDF per member with every sheet they sealed, every round (`phieu-cham-<member>.pdf`);
 * - `tally`: `bang-tong-hop.pdf`; `minutes`: `bien-ban-hop-hoi-dong.pdf`;
 * - `decision`: `to-trinh.pdf`, `du-thao-quyet-dinh.pdf` (with its annex), `danh-sach-de-nghi-cap-tren.pdf`;
 * - `certificates`: `giay-chung-nhan.pdf`, one landscape page per recognised product.
 * Throws `MissingDocumentOptions` when `missingDocumentOptions` is not empty.
 *
 * @example buildDocuments('tally', data, ctx).map((d) => d.fileName) → ['bang-tong-hop.pdf']
 */
export function buildDocuments(
  kind: DocumentKind,
  data: SessionDocumentData,
  ctx: DocumentContext,
  options: DocumentOptions = {},
): BuiltDocument[] {
  const missing = missingDocumentOptions(kind, options);
  if (missing.length > 0) throw new MissingDocumentOptions(missing);
  const of = (files: readonly { fileName: string; definition: DocumentDefinition }[]): BuiltDocument[] =>
    files.map(({ fileName, definition }) => ({ kind, fileName, definition }));
  switch (kind) {
    case 'blank-sheets':
      return of(blankSheetsDocuments(data, ctx));
    case 'sheets':
      return of(filledSheetsDocuments(data, ctx));
    case 'tally':
      return [{ kind, fileName: DOCUMENT_FILE_NAMES.tally, definition: tallyDocument(data, ctx) }];
    case 'minutes':
      return of([minutesDocument(data, ctx, options)]);
    case 'decision':
      return of([
        submissionDocument(data, ctx, options),
        decisionDocument(data, ctx, options),
        forwardedListDocument(data, ctx, options),
      ]);
    case 'certificates': {
      const decision = { number: options.decision?.number ?? '', date: options.decision?.date as IsoDate };
      return of([certificatesDocument(data, ctx, { ...options, decision })]);
    }
  }
}

export { DOCUMENT_FILE_NAMES, memberFileNames, slug } from './file-names';
export type { DocumentOptions } from './document-options';
export type { DocumentContext, DocumentCouncil } from './document-context';
export type { SessionDocumentData } from './document-data';
export { documentDataFromFile, documentDataFromSession } from './document-data';
export { certificateTemplate, DEFAULT_CERTIFICATE_TEMPLATE, type CertificateTemplate } from './certificate-template';
export { certificatesData, type CertificateData } from './certificates.document';
export { documentCouncilFromFile } from './council-from-file';
export type { DocumentDefinition } from './pdf-definition';
