/**
 * The certificate's layout, which councils set themselves: there is no national template (domain README
 * §5). Texts left null come from i18n and the council's settings (the authority, its head).
 */
export interface CertificateTemplate {
  /** "GIẤY CHỨNG NHẬN"; null: the i18n default. */
  readonly title: string | null;
  /** "SẢN PHẨM OCOP ĐẠT {{stars}} SAO"; `{{stars}}` is the star count. Null: the i18n default. */
  readonly starsLine: string | null;
  /** The issuing authority as printed ("ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG"); null: the council's authority. */
  readonly authority: string | null;
  /** The signer's title ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", " / " breaks the line); null: by profile. */
  readonly signerTitle: string | null;
  /** The signer's name; null: the council's "authority-head" signer, or a blank line to sign on. */
  readonly signerName: string | null;
  /** Certificate numbers; `{{n}}` is the sequence number, `{{year}}` the decision's year. */
  readonly numberPattern: string;
  readonly border: 'simple' | 'double';
  /** Colour of the border, the title and the stars (#rrggbb). */
  readonly accentColor: string;
  /** Stars drawn as shapes, or written as text ("3 sao"). */
  readonly starStyle: 'shapes' | 'text';
  readonly showQr: boolean;
}

export const DEFAULT_CERTIFICATE_TEMPLATE: CertificateTemplate = {
  title: null,
  starsLine: null,
  authority: null,
  signerTitle: null,
  signerName: null,
  numberPattern: '{{n}}/GCN-OCOP',
  border: 'double',
  accentColor: '#b3261e',
  starStyle: 'shapes',
  showQr: true,
};

/** The template with the user's overrides; an unusable colour falls back to the default. */
export function certificateTemplate(overrides: Partial<CertificateTemplate> = {}): CertificateTemplate {
  const merged = { ...DEFAULT_CERTIFICATE_TEMPLATE, ...overrides };
  return /^#[0-9a-fA-F]{6}$/.test(merged.accentColor)
    ? merged
    : { ...merged, accentColor: DEFAULT_CERTIFICATE_TEMPLATE.accentColor };
}
