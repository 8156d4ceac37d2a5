import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import type { Council } from '../../../../shared/domain/workspace/council.schema';
import { DEFAULT_CERTIFICATE_TEMPLATE } from '../../../../shared/documents/certificate-template';
import { createI18n, translator } from '../../../../shared/i18n/create-i18n';
import { previewFace } from './certificate-preview';
import { templateDraft } from './template-draft';

const t = translator(createI18n('vi'));
const today = '2026-05-15' as IsoDate;
const DISTRICT: Council = {
  id: 'c1',
  profile: 'district-2023',
  level: 'district',
  unitName: 'huyện Tam Đường',
  councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường',
  authority: 'Ủy ban nhân dân huyện Tam Đường',
  establishingDecision: { number: '1234/QĐ-UBND', date: '2025-02-10' as IsoDate },
  rules: { spreadThreshold: 10, quorumFraction: 0.75, chairRequired: true, markerRule: 'majority' },
  placeName: 'Tam Đường',
  helperGroupName: 'Tổ giúp việc',
  signers: [],
  notes: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const PROVINCE: Council = {
  ...DISTRICT,
  profile: 'province-2026',
  level: 'province',
  unitName: 'tỉnh Lai Châu',
  authority: 'Ủy ban nhân dân tỉnh Lai Châu',
  placeName: 'Lai Châu',
};
const defaults = templateDraft(DEFAULT_CERTIFICATE_TEMPLATE);

describe('the certificate template’s preview', () => {
  it('shows the printed certificate’s texts for a district council', () => {
    const { face } = previewFace({ draft: defaults, council: DISTRICT, t, language: 'vi', today });
    expect(face).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG',
      title: 'GIẤY CHỨNG NHẬN',
      starsLine: 'SẢN PHẨM OCOP ĐẠT 4 SAO',
      starsText: null,
      number: 'Số: 01/GCN-OCOP',
      placeDate: 'Tam Đường, ngày 15 tháng 5 năm 2026',
      signerLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    });
    expect(face.decision).toContain('của Ủy ban nhân dân huyện Tam Đường');
    expect(face.validUntil).toContain('15/05/2029');
    expect(face.productCode.value).toBe('12-03691-5-2026');
  });

  it('names the provincial chair as the one who decided, whatever authority the template prints on top', () => {
    const draft = { ...defaults, authority: 'Ủy ban nhân dân tỉnh Lai Châu (Văn phòng Điều phối)' };
    const { face } = previewFace({ draft, council: PROVINCE, t, language: 'vi', today });
    expect(face.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU (VĂN PHÒNG ĐIỀU PHỐI)');
    expect(face.decision).toContain('của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu');
    expect(face.signerLines).toEqual(['CHỦ TỊCH']);
  });

  it('writes the stars as text and falls back to the default colour, as the PDF does', () => {
    const draft = { ...defaults, starStyle: 'text' as const, accentColor: 'red', starsLine: 'Hạng {{stars}} sao' };
    const { face, template } = previewFace({ draft, council: DISTRICT, t, language: 'vi', today });
    expect(face.starsText).toBe('4 sao');
    expect(face.starsLine).toBe('HẠNG 4 SAO');
    expect(template.accentColor).toBe(DEFAULT_CERTIFICATE_TEMPLATE.accentColor);
  });
});
