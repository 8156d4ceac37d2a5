import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Council } from '../../../../shared/domain/workspace/council.schema';
import type { FaceField } from '../../../../shared/documents/certificate-face';
import { translator } from '../../../../shared/i18n/create-i18n';
import type { Language } from '../../../../shared/i18n/messages';
import { useWorkspace } from '../../app/workspace-context';
import { previewFace } from './certificate-preview';
import type { TemplateDraft } from './template-draft';

function FieldLine({ field, className }: { field: FaceField; className?: string }) {
  return (
    <div className={className}>
      {field.label} <strong>{field.value || '……………………'}</strong>
    </div>
  );
}

/**
 * A sample certificate under the template being edited: the printed certificate's own texts (made by
 * the same functions as the PDF), its colour, border and stars, with a sample product. The PDF decides
 * the page's exact layout.
 */
export function TemplatePreview({ draft, council }: { draft: TemplateDraft; council: Council | null }) {
  const { t, i18n } = useTranslation();
  const { today } = useWorkspace();
  const headingId = useId();
  const language = i18n.language as Language;
  const { face, template } = useMemo(
    () => previewFace({ draft, council, t: translator(i18n), language, today }),
    [draft, council, i18n, language, today],
  );
  const accent = template.accentColor;
  return (
    <section className="card certificate-preview-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('documentsUi.template.preview')}</h2>
      <p className="muted">{t('documentsUi.template.previewNote')}</p>
      <div className={`certificate-preview ${template.border}`} style={{ borderColor: accent, outlineColor: accent }}>
        <div className="preview-head">
          <div className="preview-authority">{face.issuer}</div>
          <div className="preview-nation">
            <strong>{face.nationalName}</strong>
            <strong className="preview-motto">{face.motto}</strong>
          </div>
        </div>
        <div className="preview-title" style={{ color: accent }}>
          {face.title}
        </div>
        <div className="preview-stars-line">{face.starsLine}</div>
        <div className="preview-stars" style={{ color: accent }}>
          {face.starsText ?? <span aria-hidden="true">{'★'.repeat(face.stars)}</span>}
        </div>
        <div className="preview-certifies">{face.certifies}</div>
        <div className="preview-product">{face.productName}</div>
        <FieldLine field={face.productCode} />
        <FieldLine field={face.producer} />
        <FieldLine field={face.address} className="preview-small" />
        <div className="preview-decision">{face.decision}</div>
        <strong className="preview-small">{face.validUntil}</strong>
        <div className="preview-foot">
          <div className="preview-qr">
            {template.showQr ? (
              <div className="preview-qr-box" role="img" aria-label={t('documentsUi.template.sampleQr')}>
                QR
              </div>
            ) : null}
            <div>
              <strong>{face.number}</strong>
              <div>{face.checkCode}</div>
              <em>{face.checkHint}</em>
            </div>
          </div>
          <div className="preview-signer">
            <em>{face.placeDate}</em>
            {face.signerLines.map((line) => (
              <strong key={line}>{line}</strong>
            ))}
            <span className="preview-signature-space" />
            <strong>{face.signerName || '………………'}</strong>
          </div>
        </div>
      </div>
    </section>
  );
}
