import type { CertificateTemplate } from '../../../../shared/documents/certificate-template';

const TEXTS = ['title', 'starsLine', 'authority', 'signerTitle', 'signerName'] as const;
type TextKey = (typeof TEXTS)[number];

/** The template as the form edits it: texts as typed (empty: the default), the rest as chosen. */
export type TemplateDraft = Omit<CertificateTemplate, TextKey> & { readonly [K in TextKey]: string };

export type TemplateProblem = 'patternNeedsN' | 'colourInvalid';

export type TemplateCheck =
  | { readonly ok: true; readonly template: CertificateTemplate }
  | { readonly ok: false; readonly problems: Partial<Record<'numberPattern' | 'accentColor', TemplateProblem>> };

export function templateDraft(template: CertificateTemplate): TemplateDraft {
  return {
    ...template,
    title: template.title ?? '',
    starsLine: template.starsLine ?? '',
    authority: template.authority ?? '',
    signerTitle: template.signerTitle ?? '',
    signerName: template.signerName ?? '',
  };
}

/**
 * The template from the form: an empty text means "use the default" (null); the number pattern needs
 * `{{n}}` and the colour must be #rrggbb.
 *
 * @example checkTemplate({ …draft, title: '  ' }).template.title === null
 */
export function checkTemplate(draft: TemplateDraft): TemplateCheck {
  const problems: Partial<Record<'numberPattern' | 'accentColor', TemplateProblem>> = {};
  const pattern = draft.numberPattern.trim();
  if (!pattern.includes('{{n}}')) problems.numberPattern = 'patternNeedsN';
  if (!/^#[0-9a-fA-F]{6}$/.test(draft.accentColor.trim())) problems.accentColor = 'colourInvalid';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const texts = Object.fromEntries(
    TEXTS.map((key) => [key, draft[key].trim() === '' ? null : draft[key].trim()]),
  ) as Pick<CertificateTemplate, TextKey>;
  return {
    ok: true,
    template: {
      ...texts,
      numberPattern: pattern,
      border: draft.border,
      accentColor: draft.accentColor.trim().toLowerCase(),
      starStyle: draft.starStyle,
      showQr: draft.showQr,
    },
  };
}
