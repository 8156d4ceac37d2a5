import { describe, expect, it } from 'vitest';
import { dateText, parseDateText } from './date-text';

describe('parseDateText', () => {
  it.each([
    ['10/03/2025', '2025-03-10'],
    ['10/3/2025', '2025-03-10'],
    ['1.3.2025', '2025-03-01'],
    ['31-12-2025', '2025-12-31'],
    [' 29/02/2024 ', '2024-02-29'],
    ['2025-03-10', '2025-03-10'],
  ])('reads %s, day first, as %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each(['30/02/2025', '29/02/2025', '03/13/2025', '10/03/25', '2025-3-10', 'hôm nay', ''])('refuses %s', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe('dateText', () => {
  it('shows a calendar date day first and anything else unchanged', () => {
    expect(dateText('2025-03-10')).toBe('10/03/2025');
    expect(dateText('')).toBe('');
    expect(dateText('10/3/20')).toBe('10/3/20');
  });
});
