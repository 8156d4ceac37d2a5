import { describe, expect, it } from 'vitest';
import { formatProductCode, parseProductCode } from './product-code';

function keys(value: string): string[] {
  const parsed = parseProductCode(value);
  return parsed.ok ? [] : parsed.issues.map((i) => i.key);
}

describe('parseProductCode', () => {
  it('reads a 26/2026 code (T)-(X)-(STT)-(year)', () => {
    expect(parseProductCode('12-03691-5-2026')).toEqual({
      ok: true,
      code: { province: '12', district: null, commune: '03691', sequence: '5', year: 2026 },
    });
  });

  it('reads a 148 code with the district between province and commune', () => {
    expect(parseProductCode('83-829-28780-3-2022')).toEqual({
      ok: true,
      code: { province: '83', district: '829', commune: '28780', sequence: '3', year: 2022 },
    });
  });

  it('keeps the sequence number as written and ignores surrounding spaces', () => {
    const parsed = parseProductCode('  12-03691-005-2026 ');
    expect(parsed.ok && parsed.code.sequence).toBe('005');
  });

  it('refuses a code with the wrong number of parts', () => {
    expect(keys('12-03691-2026')).toEqual(['productCode.shape']);
    expect(keys('12-345-03691-5-2026-1')).toEqual(['productCode.shape']);
    expect(keys('')).toEqual(['productCode.shape']);
    const parsed = parseProductCode('12/03691/5/2026');
    expect(parsed.ok ? null : parsed.issues[0]?.params).toEqual({ value: '12/03691/5/2026' });
  });

  it('refuses a province code that is not 2 digits, or 00', () => {
    expect(keys('1-03691-5-2026')).toEqual(['productCode.province']);
    expect(keys('00-03691-5-2026')).toEqual(['productCode.province']);
    expect(keys('AB-03691-5-2026')).toEqual(['productCode.province']);
  });

  it('refuses a district code that is not 3 digits', () => {
    expect(keys('83-82-28780-3-2022')).toEqual(['productCode.district']);
  });

  it('refuses a commune code that is not 5 digits', () => {
    expect(keys('12-3691-5-2026')).toEqual(['productCode.commune']);
    expect(keys('12-036910-5-2026')).toEqual(['productCode.commune']);
  });

  it('refuses a sequence number that is not a positive whole number', () => {
    expect(keys('12-03691-0-2026')).toEqual(['productCode.sequence']);
    expect(keys('12-03691-x-2026')).toEqual(['productCode.sequence']);
    expect(keys('12-03691-123456-2026')).toEqual(['productCode.sequence']);
  });

  it('refuses a year that is not a 4-digit year from 2018', () => {
    expect(keys('12-03691-5-2017')).toEqual(['productCode.year']);
    expect(keys('12-03691-5-26')).toEqual(['productCode.year']);
    expect(keys('12-03691-5-2101')).toEqual(['productCode.year']);
    expect(keys('12-03691-5-2018')).toEqual([]);
  });

  it('reports every faulty part at once', () => {
    expect(keys('1-2-3-0-99')).toEqual([
      'productCode.province',
      'productCode.district',
      'productCode.commune',
      'productCode.sequence',
      'productCode.year',
    ]);
  });
});

describe('formatProductCode', () => {
  it('prints a code as it was read, with or without district', () => {
    for (const text of ['12-03691-5-2026', '83-829-28780-3-2022', '12-03691-005-2026']) {
      const parsed = parseProductCode(text);
      if (!parsed.ok) throw new Error(`${text} is valid`);
      expect(formatProductCode(parsed.code)).toBe(text);
    }
  });
});
