import { describe, expect, it } from 'vitest';
import { DEFAULT_CERTIFICATE_TEMPLATE } from '../../../../shared/documents/certificate-template';
import { checkTemplate, templateDraft } from './template-draft';

describe('the certificate template form', () => {
  it('round-trips the defaults: empty texts stand for the defaults', () => {
    const draft = templateDraft(DEFAULT_CERTIFICATE_TEMPLATE);
    expect(draft.title).toBe('');
    expect(checkTemplate(draft)).toEqual({ ok: true, template: DEFAULT_CERTIFICATE_TEMPLATE });
  });

  it('keeps the council’s own texts, trimmed', () => {
    const draft = {
      ...templateDraft(DEFAULT_CERTIFICATE_TEMPLATE),
      signerName: '  Lò Văn Thắng ',
      accentColor: '#1B6B3A',
    };
    expect(checkTemplate(draft)).toMatchObject({
      ok: true,
      template: { signerName: 'Lò Văn Thắng', accentColor: '#1b6b3a' },
    });
  });

  it('refuses a number pattern without {{n}} and a colour that is not #rrggbb', () => {
    const draft = { ...templateDraft(DEFAULT_CERTIFICATE_TEMPLATE), numberPattern: 'GCN-OCOP', accentColor: 'đỏ' };
    expect(checkTemplate(draft)).toEqual({
      ok: false,
      problems: { numberPattern: 'patternNeedsN', accentColor: 'colourInvalid' },
    });
  });
});
