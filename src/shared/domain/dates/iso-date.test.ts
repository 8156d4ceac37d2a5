import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, daysBetween, isoDateOf, parseIsoDate, type IsoDate } from './iso-date';

const d = (value: string): IsoDate => {
  const date = parseIsoDate(value);
  if (date === null) throw new Error(`${value} is not a date`);
  return date;
};

describe('parseIsoDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    expect(parseIsoDate('2025-05-31')).toBe('2025-05-31');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
  });

  it('refuses dates that do not exist and other notations', () => {
    for (const value of [
      '2025-02-29',
      '2025-13-01',
      '2025-04-31',
      '2025-00-10',
      '2025-5-31',
      '31/05/2025',
      '2025-05-31T00:00',
      ' 2025-05-31',
      '',
    ]) {
      expect(parseIsoDate(value), value).toBeNull();
    }
  });
});

describe('isoDateOf', () => {
  it('pads year, month and day', () => {
    expect(isoDateOf(2026, 4, 3)).toBe('2026-04-03');
  });

  it('throws for a day the month does not have', () => {
    expect(() => isoDateOf(2025, 2, 29)).toThrow(RangeError);
  });
});

describe('date arithmetic', () => {
  it('adds months, ending on the month’s last day when it is shorter', () => {
    expect(addMonthsIso(d('2024-02-29'), 36)).toBe('2027-02-28');
    expect(addMonthsIso(d('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonthsIso(d('2025-12-15'), 1)).toBe('2026-01-15');
  });

  it('adds and subtracts days across months and years', () => {
    expect(addDaysIso(d('2028-05-31'), -180)).toBe('2027-12-03');
    expect(addDaysIso(d('2028-05-31'), 180)).toBe('2028-11-27');
    expect(addDaysIso(d('2025-12-31'), 1)).toBe('2026-01-01');
  });

  it('counts whole calendar days, negative backwards', () => {
    expect(daysBetween(d('2027-12-03'), d('2028-05-31'))).toBe(180);
    expect(daysBetween(d('2028-05-31'), d('2027-12-03'))).toBe(-180);
    expect(daysBetween(d('2025-03-29'), d('2025-03-31'))).toBe(2);
    expect(daysBetween(d('2025-01-01'), d('2026-01-01'))).toBe(365);
    expect(daysBetween(d('2028-01-01'), d('2029-01-01'))).toBe(366);
  });
});
