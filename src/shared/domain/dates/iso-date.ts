import { addDays, addMonths, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';

declare const isoDateBrand: unique symbol;
/** A calendar date `YYYY-MM-DD`, no time, no zone. The domain never reads the clock: callers pass today. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks and brands a `YYYY-MM-DD` string; null when it is not a real calendar date. */
export function parseIsoDate(value: string): IsoDate | null {
  if (!ISO_DATE.test(value)) return null;
  const date = parseISO(value);
  return isValid(date) && format(date, 'yyyy-MM-dd') === value ? (value as IsoDate) : null;
}

export function isoDateOf(year: number, month: number, day: number): IsoDate {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = parseIsoDate(value);
  if (date === null) throw new RangeError(`${value} is not a calendar date`);
  return date;
}

function toIso(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd') as IsoDate;
}

/** @example addMonthsIso('2024-02-29', 36) === '2027-02-28' (the month's last day when it is shorter) */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return toIso(addMonths(parseISO(date), months));
}

/** @example addDaysIso('2028-05-31', -180) === '2027-12-03' */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return toIso(addDays(parseISO(date), days));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}
