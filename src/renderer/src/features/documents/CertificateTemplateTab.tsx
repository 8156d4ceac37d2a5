import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_CERTIFICATE_TEMPLATE,
  type CertificateTemplate,
} from '../../../../shared/documents/certificate-template';
import type { Council } from '../../../../shared/domain/workspace/council.schema';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { Field } from '../../components/form/Field';
import { CheckboxInput, SelectInput, TextInput } from '../../components/form/inputs';
import { Notice } from '../../components/Notice';
import { checkTemplate, templateDraft, type TemplateCheck, type TemplateDraft } from './template-draft';
import { TemplatePreview } from './TemplatePreview';

const TOKENS = { token: '{{stars}}', sequence: '{{n}}', yearToken: '{{year}}' };

/** `#/documents/template`: the certificate template, edited beside a live preview of its texts. */
export function CertificateTemplateTab() {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const loaded = useLoad(
    async () => ({
      template: await repositories.settings.certificateTemplate(),
      council: await repositories.council.current(),
    }),
    [repositories, revision],
  );
  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') {
    return <Notice tone="error" title={t('documentsUi.loadFailed', { detail: loaded.error.message })} />;
  }
  return <TemplateForm initial={loaded.value.template} council={loaded.value.council} />;
}

function TemplateForm({ initial, council }: { initial: CertificateTemplate; council: Council | null }) {
  const { t } = useTranslation();
  const { repositories, changed } = useWorkspace();
  const formId = useId();
  const [draft, setDraft] = useState<TemplateDraft>(() => templateDraft(initial));
  const [saved, setSaved] = useState<TemplateCheck | null>(null);
  const checked = checkTemplate(draft);
  const problems = checked.ok ? {} : checked.problems;
  const set =
    <K extends keyof TemplateDraft>(key: K) =>
    (value: TemplateDraft[K]) => {
      setSaved(null);
      setDraft({ ...draft, [key]: value });
    };
  const save = async () => {
    if (!checked.ok) return setSaved(checked);
    const result = await repositories.settings.setCertificateTemplate(checked.template);
    setSaved(result.ok ? checked : { ok: false, problems: {} });
    if (result.ok) changed();
  };
  const defaultOf = (text: string) => t('documentsUi.template.defaultValue', { value: text });
  return (
    <div className="documents-template">
      <form
        className="card"
        aria-labelledby={`${formId}-title`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={`${formId}-title`}>{t('documentsUi.template.title')}</h2>
        <p className="muted">{t('documentsUi.template.intro')}</p>
        <fieldset className="group">
          <legend>{t('documentsUi.template.fields')}</legend>
          <div className="form-grid">
            <TextInput
              label={t('documentsUi.template.titleField')}
              path="title"
              value={draft.title}
              onChange={set('title')}
              hint={defaultOf(t('documents.certificate.title'))}
            />
            <TextInput
              label={t('documentsUi.template.starsLine')}
              path="starsLine"
              value={draft.starsLine}
              onChange={set('starsLine')}
              hint={t('documentsUi.template.starsLineHint', TOKENS)}
            />
            <TextInput
              label={t('documentsUi.template.authority')}
              path="authority"
              value={draft.authority}
              onChange={set('authority')}
              hint={defaultOf(council?.authority ?? t('documentsUi.template.fromCouncil'))}
            />
            <TextInput
              label={t('documentsUi.template.signerTitle')}
              path="signerTitle"
              value={draft.signerTitle}
              onChange={set('signerTitle')}
              hint={t('documentsUi.template.signerTitleHint')}
            />
            <TextInput
              label={t('documentsUi.template.signerName')}
              path="signerName"
              value={draft.signerName}
              onChange={set('signerName')}
              hint={defaultOf(t('documentsUi.template.fromCouncil'))}
            />
            <div>
              <TextInput
                label={t('documentsUi.template.numberPattern')}
                path="numberPattern"
                value={draft.numberPattern}
                onChange={set('numberPattern')}
                hint={t('documentsUi.template.numberPatternHint', TOKENS)}
                required
              />
              {problems.numberPattern ? (
                <p className="field-error" role="alert">
                  {t('documentsUi.template.patternNeedsN', TOKENS)}
                </p>
              ) : null}
            </div>
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>{t('documentsUi.template.layout')}</legend>
          <div className="form-grid">
            <SelectInput<CertificateTemplate['border']>
              label={t('documentsUi.template.border')}
              path="border"
              value={draft.border}
              onChange={set('border')}
              options={[
                { value: 'double', label: t('documentsUi.template.borderDouble') },
                { value: 'simple', label: t('documentsUi.template.borderSimple') },
              ]}
            />
            <SelectInput<CertificateTemplate['starStyle']>
              label={t('documentsUi.template.starStyle')}
              path="starStyle"
              value={draft.starStyle}
              onChange={set('starStyle')}
              options={[
                { value: 'shapes', label: t('documentsUi.template.starShapes') },
                { value: 'text', label: t('documentsUi.template.starText') },
              ]}
            />
            <Field
              label={t('documentsUi.template.accentColor')}
              path="accentColor"
              hint={defaultOf(DEFAULT_CERTIFICATE_TEMPLATE.accentColor)}
            >
              {(props) => (
                <div className="colour-row">
                  <input
                    {...props}
                    type="text"
                    value={draft.accentColor}
                    onChange={(event) => set('accentColor')(event.target.value)}
                  />
                  <input
                    type="color"
                    aria-label={t('documentsUi.template.pickColour')}
                    value={
                      problems.accentColor ? DEFAULT_CERTIFICATE_TEMPLATE.accentColor : draft.accentColor.toLowerCase()
                    }
                    onChange={(event) => set('accentColor')(event.target.value)}
                  />
                </div>
              )}
            </Field>
          </div>
          <CheckboxInput checked={draft.showQr} onChange={set('showQr')} label={t('documentsUi.template.showQr')} />
        </fieldset>
        {problems.accentColor ? (
          <p className="field-error" role="alert">
            {t('documentsUi.template.colourInvalid')}
          </p>
        ) : null}
        <div className="form-actions">
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setSaved(null);
              setDraft(templateDraft(DEFAULT_CERTIFICATE_TEMPLATE));
            }}
          >
            {t('documentsUi.template.reset')}
          </button>
          <button type="submit" className="button">
            {t('documentsUi.template.save')}
          </button>
        </div>
        {saved?.ok ? <Notice tone="success" title={t('documentsUi.template.saved')} /> : null}
      </form>
      <TemplatePreview draft={draft} council={council} />
    </div>
  );
}
