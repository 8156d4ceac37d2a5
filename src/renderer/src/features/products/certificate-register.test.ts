import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import type { Certificate, Revocation } from '../../../../shared/domain/workspace/certificate.schema';
import type { CertificateEntry } from '../../db/certificates.repository';
import { currentCertificates, registerFacts, registerTone } from './certificate-register';

const day = (value: string) => value as IsoDate;

function entry(
  id: string,
  productId: string,
  decisionDate: string,
  extra: { replacedBy?: string; revokedOn?: string; createdAt?: string; appliedOn?: string } = {},
): CertificateEntry {
  const certificate: Certificate = {
    id,
    productId,
    stars: 4,
    score: null,
    decisionNumber: `${id}/QĐ`,
    decisionDate: day(decisionDate),
    issuer: 'UBND tỉnh Lai Châu',
    certificateNumber: id,
    validUntil: day(`${Number(decisionDate.slice(0, 4)) + 3}${decisionDate.slice(4)}`),
    reEvaluationAppliedOn: extra.appliedOn ? day(extra.appliedOn) : null,
    replaces: null,
    note: '',
    createdAt: extra.createdAt ?? `${decisionDate}T08:00:00.000Z`,
  };
  const revocation: Revocation | null = extra.revokedOn
    ? {
        id: `r-${id}`,
        certificateId: id,
        ground: 5,
        decisionNumber: '9/QĐ',
        date: day(extra.revokedOn),
        note: '',
        createdAt: '',
      }
    : null;
  return { certificate, replacedBy: extra.replacedBy ?? null, revocation };
}

describe('registerFacts', () => {
  it('counts the days to expiry of a valid certificate, with its re-evaluation window', () => {
    const facts = registerFacts(entry('a', 'p', '2025-05-31'), day('2026-11-29'), 'district-2023');
    expect(facts).toEqual({
      status: 'valid',
      daysToExpiry: 549,
      window: { opens: '2027-12-03', closes: '2028-02-01' },
      graceEnds: null,
    });
  });

  it('shows the window, grace for a late applicant, expiry and revocation on their days', () => {
    const at = (today: string, e: CertificateEntry) => registerFacts(e, day(today), 'province-2026').status;
    expect(at('2028-01-10', entry('a', 'p', '2025-05-31'))).toBe('re-evaluation-window');
    expect(at('2028-06-10', entry('a', 'p', '2025-05-31'))).toBe('expired');
    expect(at('2028-06-10', entry('a', 'p', '2025-05-31', { appliedOn: '2028-05-20' }))).toBe('grace');
    expect(at('2026-01-09', entry('a', 'p', '2025-05-31', { revokedOn: '2026-01-10' }))).toBe('valid');
    expect(at('2026-01-10', entry('a', 'p', '2025-05-31', { revokedOn: '2026-01-10' }))).toBe('revoked');
  });

  it('marks a certificate a correction replaced, without counting its days', () => {
    const facts = registerFacts(entry('a', 'p', '2025-05-31', { replacedBy: 'b' }), day('2026-01-01'), 'district-2023');
    expect([facts.status, facts.daysToExpiry, registerTone(facts.status)]).toEqual(['replaced', null, 'neutral']);
  });
});

describe('currentCertificates', () => {
  it('takes each product’s newest certificate that no correction replaced, revoked or not', () => {
    const current = currentCertificates([
      entry('old', 'tea', '2019-05-31'),
      entry('wrong', 'tea', '2022-06-01', { replacedBy: 'fixed' }),
      entry('fixed', 'tea', '2022-06-01', { createdAt: '2022-06-10T08:00:00.000Z' }),
      entry('honey', 'honey', '2023-04-01', { revokedOn: '2024-01-01' }),
    ]);
    expect(current.get('tea')?.certificate.id).toBe('fixed');
    expect(current.get('honey')?.certificate.id).toBe('honey');
    expect(current.size).toBe(2);
  });

  it('prefers the later recording when two decisions share a date', () => {
    const current = currentCertificates([
      entry('second', 'tea', '2022-06-01', { createdAt: '2022-06-02T08:00:00.000Z' }),
      entry('first', 'tea', '2022-06-01', { createdAt: '2022-06-01T08:00:00.000Z' }),
    ]);
    expect(current.get('tea')?.certificate.id).toBe('second');
  });
});
