import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import { PROCESS_PROFILES } from '../../../../shared/domain/profiles/process-profiles';
import { DEFAULT_DOCUMENT_NUMBERS, type Council } from '../../../../shared/domain/workspace/council.schema';
import { certificateFace, certificateFor, type CertificateFace } from '../../../../shared/documents/certificate-face';
import { certificateTemplate, type CertificateTemplate } from '../../../../shared/documents/certificate-template';
import type { DocumentContext } from '../../../../shared/documents/document-context';
import { authoritySignature } from '../../../../shared/documents/layout/signers';
import type { Language, Translate } from '../../../../shared/i18n/messages';
import type { TemplateDraft } from './template-draft';

/** The star count of the sample product. */
export const SAMPLE_STARS = 4;

/** The template as the form stands: an empty text is the default, an unusable colour the default colour. */
export function previewTemplate(draft: TemplateDraft): CertificateTemplate {
  const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());
  return certificateTemplate({
    title: text(draft.title),
    starsLine: text(draft.starsLine),
    authority: text(draft.authority),
    signerTitle: text(draft.signerTitle),
    signerName: text(draft.signerName),
    numberPattern: draft.numberPattern.trim(),
    border: draft.border,
    accentColor: draft.accentColor.trim(),
    starStyle: draft.starStyle,
    showQr: draft.showQr,
  });
}

/**
 * The face of a sample certificate under the template being edited, made by the same functions as the
 * printed certificates (certificateFor, certificateFace), with the council's settings as the documents
 * print them: a decision dated `today`, certificate number 1, a sample product of 4 stars.
 *
 * @example previewFace({ draft, council, t, language: 'vi', today: '2026-05-15' }).number === 'Số: 01/GCN-OCOP'
 */
export function previewFace(input: {
  draft: TemplateDraft;
  council: Council | null;
  t: Translate;
  language: Language;
  today: IsoDate;
}): { face: CertificateFace; template: CertificateTemplate } {
  const { council, t, today } = input;
  const template = previewTemplate(input.draft);
  const ctx: DocumentContext = {
    t,
    language: input.language,
    date: today,
    council: {
      councilName: council?.councilName ?? '',
      authority: council?.authority ?? '',
      placeName: council?.placeName ?? '……',
      signers: council?.signers ?? [],
      numbers: council?.documentNumbers ?? DEFAULT_DOCUMENT_NUMBERS,
    },
  };
  const authority = PROCESS_PROFILES[council?.profile ?? 'district-2023'].recognisedBy[3];
  const cert = certificateFor(
    ctx,
    template,
    authority,
    { number: t('documentsUi.template.sampleDecision'), date: today },
    {
      name: t('documentsUi.template.sampleProduct'),
      code: t('documentsUi.template.sampleCode', { year: today.slice(0, 4) }),
      producer: t('documentsUi.template.sampleProducer'),
      address: t('documentsUi.template.sampleAddress'),
      stars: SAMPLE_STARS,
      sequence: 1,
    },
  );
  return { face: certificateFace(ctx, cert, template, authoritySignature(ctx, authority)), template };
}
