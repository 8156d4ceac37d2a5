import { describe, expect, it } from 'vitest';
import { addDaysIso, daysBetween } from '../dates/iso-date';
import { daysFrom, epochDay } from './dashboard-days';
import { day } from './dashboard-fixtures';

describe('epochDay and daysFrom', () => {
  it('count whole calendar days: 20/08/2024 is 299 days before 15/06/2025', () => {
    expect(epochDay(day('1970-01-01'))).toBe(0);
    expect(daysFrom(day('2024-08-20'), day('2025-06-15'))).toBe(299);
    expect(daysFrom(day('2025-06-15'), day('2024-08-20'))).toBe(-299);
  });

  it('agree with daysBetween on every day of 2023–2029, leap days included', () => {
    const start = day('2023-01-01');
    for (let offset = 0; offset < 7 * 366; offset += 1) {
      const other = addDaysIso(start, offset);
      expect(daysFrom(day('2026-11-29'), other)).toBe(daysBetween(day('2026-11-29'), other));
    }
  });
});
