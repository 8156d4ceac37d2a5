import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import type { Certificate } from '../../../../shared/domain/workspace/certificate.schema';
import { laiChau } from '../sessions/results/test-support';
import { certificatePlan, certificateStart, usedSequence } from './certificate-plan';

const DATE = '2026-08-15' as IsoDate;

function certificate(productId: string, number: string, decisionNumber: string): Certificate {
  return {
    id: `c-${number}`,
    productId,
    stars: 4,
    score: 79,
    decisionNumber,
    decisionDate: DATE,
    issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
    certificateNumber: number,
    validUntil: '2029-08-15' as IsoDate,
    reEvaluationAppliedOn: null,
    replaces: null,
    note: '',
    createdAt: '2026-08-15T08:00:00.000Z',
  };
}

describe('certificatePlan', () => {
  const example = laiChau();
  const base = {
    session: example.session,
    results: example.expected,
    decisionNumber: '125/QĐ-UBND',
    decisionDate: DATE,
    pattern: '{{n}}/GCN-OCOP',
  };

  it('gives a certificate to each recognised product only (the tea, 4★; not the wine held back by C-9)', () => {
    const plan = certificatePlan({ ...base, register: [] });
    expect(plan).toEqual([
      {
        productId: 'q1',
        name: expect.any(String) as string,
        stars: 4,
        score: 79,
        number: '01/GCN-OCOP',
        existing: null,
      },
    ]);
  });

  it('continues after the highest number the register used with the pattern that year', () => {
    const register = [certificate('x1', '07/GCN-OCOP', '1/QĐ'), certificate('x2', '12/GCN-OCOP-2025', '2/QĐ')];
    expect(certificatePlan({ ...base, register })[0]?.number).toBe('08/GCN-OCOP');
  });

  it('keeps the certificate a product already has from this decision instead of issuing a second', () => {
    const issued = certificate('q1', '03/GCN-OCOP', ' 125/QĐ-UBND ');
    const plan = certificatePlan({ ...base, register: [issued] });
    expect(plan[0]).toMatchObject({ number: '03/GCN-OCOP', existing: issued });
  });

  it('issues again under another decision', () => {
    const older = certificate('q1', '03/GCN-OCOP', '99/QĐ-UBND');
    expect(certificatePlan({ ...base, register: [older] })[0]).toMatchObject({ number: '04/GCN-OCOP', existing: null });
  });
});

describe('usedSequence', () => {
  it('reads the sequence numbers of a pattern with the year, ignoring other numbers', () => {
    expect(usedSequence('{{n}}/{{year}}/GCN', 2026, ['01/2026/GCN', '5/2025/GCN', '11/2026/GCN', 'x'])).toEqual([
      1, 11,
    ]);
  });
});

describe('certificateStart', () => {
  it('is the first number when the register’s numbers run on one by one, else null', () => {
    const numbers = (...list: string[]) => list.map((number) => ({ number }));
    expect(certificateStart(numbers('04/GCN-OCOP', '05/GCN-OCOP'), '{{n}}/GCN-OCOP', DATE)).toBe(4);
    expect(certificateStart(numbers('04/GCN-OCOP', '07/GCN-OCOP'), '{{n}}/GCN-OCOP', DATE)).toBeNull();
    expect(certificateStart(numbers('GCN-4'), '{{n}}/GCN-OCOP', DATE)).toBeNull();
    expect(certificateStart([], '{{n}}/GCN-OCOP', DATE)).toBeNull();
  });
});
