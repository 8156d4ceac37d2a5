import { describe, expect, it } from 'vitest';
import { formatDate, formatMean, formatNumber } from './format';

describe('formatMean', () => {
  it('writes two decimals with a decimal comma in Vietnamese', () => {
    expect(formatMean(87.5, 'vi')).toBe('87,50');
    expect(formatMean(503 / 7, 'vi')).toBe('71,86');
    expect(formatMean(100, 'vi')).toBe('100,00');
    expect(formatMean(0, 'vi')).toBe('0,00');
  });

  it('writes a decimal point in English', () => {
    expect(formatMean(503 / 7, 'en')).toBe('71.86'); // 71.857142…, the Tam Đường worked example
    expect(formatMean(87.5, 'en')).toBe('87.50');
  });

  it('never shows a mean rounded up across a band edge', () => {
    expect(formatMean(89.996, 'vi')).toBe('89,99');
    expect(formatMean(69.998, 'vi')).toBe('69,99');
    expect(formatMean(49.995, 'en')).toBe('49.99');
  });

  it('rounds half up elsewhere', () => {
    expect(formatMean(72.125, 'vi')).toBe('72,13');
    expect(formatMean(45.42857142857143, 'vi')).toBe('45,43');
  });
});

describe('formatNumber', () => {
  it('groups no thousands and uses the asked number of decimals', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1234,50');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1234.5');
    expect(formatNumber(12.857142857142858, 'vi')).toBe('12,86');
  });
});

describe('formatDate', () => {
  it('writes day/month/year as Vietnamese documents do', () => {
    expect(formatDate('2028-05-31', 'vi')).toBe('31/05/2028');
    expect(formatDate('2026-07-01', 'en')).toBe('01/07/2026');
  });
});
