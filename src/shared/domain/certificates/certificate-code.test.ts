import { describe, expect, it } from 'vitest';
import {
  certificateCode,
  certificateCodeMatches,
  certificateHash,
  parseCertificateCode,
  type CertificateCodeFields,
} from './certificate-code';

const FIELDS: CertificateCodeFields = {
  certificateNumber: '01/GCN-OCOP',
  productCode: '12-03691-5-2026',
  productName: 'Hồng trà Tam Đường',
  producer: 'Công ty CP đầu tư phát triển Chè Tam Đường',
  stars: 4,
  issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
  decisionNumber: '125/QĐ-UBND',
  decisionDate: '2026-07-15',
  validUntil: '2029-07-15',
};

describe('certificateCode', () => {
  it('carries the certificate number, the product code and a 16-hex hash', () => {
    const code = certificateCode(FIELDS);
    expect(code).toMatch(/^OCOP-GCN1\|01\/GCN-OCOP\|12-03691-5-2026\|[0-9a-f]{16}$/);
    expect(parseCertificateCode(code)).toEqual({
      certificateNumber: '01/GCN-OCOP',
      productCode: '12-03691-5-2026',
      hash: certificateHash(FIELDS),
    });
  });

  it('changes its hash when any printed field changes', () => {
    const base = certificateHash(FIELDS);
    const changed: Partial<CertificateCodeFields>[] = [
      { stars: 5 },
      { validUntil: '2029-07-16' },
      { productName: 'Hồng trà Tam Đường đặc biệt' },
      { producer: 'HTX Chè Tam Đường' },
      { decisionNumber: '126/QĐ-UBND' },
      { issuer: 'Ủy ban nhân dân huyện Tam Đường' },
    ];
    for (const change of changed)
      expect(certificateHash({ ...FIELDS, ...change }), JSON.stringify(change)).not.toBe(base);
  });

  it('hashes composed and decomposed Vietnamese alike (NFC)', () => {
    expect(certificateHash({ ...FIELDS, productName: FIELDS.productName.normalize('NFD') })).toBe(
      certificateHash(FIELDS),
    );
  });

  it('escapes "|" and "%" inside fields and reads them back', () => {
    const fields = { ...FIELDS, certificateNumber: '7|2026%A' };
    const code = certificateCode(fields);
    expect(code.split('|')).toHaveLength(4);
    expect(parseCertificateCode(code)?.certificateNumber).toBe('7|2026%A');
    expect(certificateCodeMatches(code, fields)).toBe(true);
  });
});

describe('parseCertificateCode', () => {
  it('refuses texts that are not certificate codes', () => {
    for (const text of ['', 'hello', 'OCOP-GCN1|01|x', 'OCOP-GCN2|01|x|0123456789abcdef', 'OCOP-GCN1|01|x|XYZ']) {
      expect(parseCertificateCode(text), text).toBeNull();
    }
  });
});

describe('certificateCodeMatches', () => {
  it('accepts the code printed on the certificate and refuses one for other fields', () => {
    const code = certificateCode(FIELDS);
    expect(certificateCodeMatches(code, FIELDS)).toBe(true);
    expect(certificateCodeMatches(code, { ...FIELDS, stars: 3 })).toBe(false);
    expect(certificateCodeMatches(code.replace('12-03691', '12-03692'), FIELDS)).toBe(false);
  });
});
