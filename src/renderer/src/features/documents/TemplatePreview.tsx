import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { certificateValidUntil } from '../../../../shared/domain/certificates/certificate-validity';
import type { Council } from '../../../../shared/domain/workspace/council.schema';
import type { CertificateTemplate } from '../../../../shared/documents/certificate-template';
import { documentNumber } from '../../../../shared/documents/document-context';
import { formatDate } from '../../../../shared/i18n/format';
import type { Language } from '../../../../shared/i18n/messages';
import { useWorkspace } from '../../app/workspace-context';
import type { TemplateDraft } from './template-draft';

const SAMPLE_STARS = 4;
const upper = (text: string) => text.toLocaleUpperCase('vi');

/** The signer's title as the certificate prints it by default: the council's authority head, or by level. */
function defaultSignerTitle(
  council: Council | null,
  t: (key: 'documents.common.onBehalfCommittee' | 'documents.common.headTitle') => string,
): string {
  const head = council?.signers.find((s) => s.role === 'authority-head');
  if (head) return head.title;
  return council?.level === 'province'
    ? t('documents.common.headTitle')
    : `${t('documents.common.onBehalfCommittee')} / ${t('documents.common.headTitle')}`;
}

/**
 * The certificate's texts as they will print (the printed documents' own words), with a sample product:
 * authority, national header, title, number, stars line, product, decision, validity and signer. The PDF
 * decides the page's layout.
 */
export function TemplatePreview({
  template,
  draft,
  council,
}: {
  template: CertificateTemplate | null;
  draft: TemplateDraft;
  council: Council | null;
}) {
  const { t, i18n } = useTranslation();
  const { today } = useWorkspace();
  const headingId = useId();
  const language = i18n.language as Language;
  const accent = template?.accentColor ?? '#b3261e';
  const year = Number(today.slice(0, 4));
  const number = draft.numberPattern.includes('{{n}}') ? documentNumber(draft.numberPattern, 1, year) : '—';
  const authority = draft.authority.trim() || council?.authority || '';
  const signerTitle = (draft.signerTitle.trim() || defaultSignerTitle(council, t)).split(/\s*\/\s*/u);
  const signer = draft.signerName.trim() || council?.signers.find((s) => s.role === 'authority-head')?.name || '';
  const starsLine = draft.starsLine.trim()
    ? draft.starsLine.replaceAll('{{stars}}', String(SAMPLE_STARS))
    : t('documents.certificate.starsLine', { stars: SAMPLE_STARS });
  return (
    <section className="card certificate-preview-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('documentsUi.template.preview')}</h2>
      <p className="muted">{t('documentsUi.template.previewNote')}</p>
      <div className={`certificate-preview ${draft.border}`} style={{ borderColor: accent, outlineColor: accent }}>
        <div className="preview-head">
          <div className="preview-authority">{upper(authority)}</div>
          <div className="preview-nation">
            <strong>{t('documents.common.nationalName')}</strong>
            <span>{t('documents.common.motto')}</span>
          </div>
        </div>
        <div className="preview-title" style={{ color: accent }}>
          {draft.title.trim() || t('documents.certificate.title')}
        </div>
        <div className="preview-stars" style={{ color: accent }}>
          {upper(starsLine)}
          {draft.starStyle === 'shapes' ? <div aria-hidden="true">{'★'.repeat(SAMPLE_STARS)}</div> : null}
        </div>
        <div>{t('documents.certificate.certifies')}</div>
        <div className="preview-product">{upper(t('documentsUi.template.sampleProduct'))}</div>
        <div>
          {t('documents.certificate.producer')} <strong>{t('documentsUi.template.sampleProducer')}</strong>
        </div>
        <div className="preview-decision">
          {t('documents.certificate.decision', {
            number: '125/QĐ-UBND',
            date: formatDate(today, language),
            authority,
          })}
        </div>
        <div>{t('documents.certificate.validUntil', { date: formatDate(certificateValidUntil(today), language) })}</div>
        <div className="preview-foot">
          <div className="preview-qr">
            {t('documents.certificate.number', { number })}
            {draft.showQr ? <div>{t('documentsUi.template.sampleQr')}</div> : null}
          </div>
          <div className="preview-signer">
            {signerTitle.map((line) => (
              <strong key={line}>{upper(line)}</strong>
            ))}
            <span className="preview-signature-space" />
            <strong>{signer || '………………'}</strong>
          </div>
        </div>
      </div>
    </section>
  );
}
