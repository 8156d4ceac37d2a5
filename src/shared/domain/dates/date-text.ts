import { parseIsoDate, type IsoDate } from './iso-date';

/**
 * A date as people type it in Vietnam, day first: "10/3/2025", "10.03.2025", "10-03-2025"; also the ISO
 * form "2025-03-10". Null when it is not a real calendar date.
 *
 * @example parseDateText('10/3/2025') === '2025-03-10'; parseDateText('30/02/2025') === null
 */
export function parseDateText(text: string): IsoDate | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return parseIsoDate(value);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!dayFirst) return null;
  const [, day = '', month = '', year = ''] = dayFirst;
  return parseIsoDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/**
 * How a date field shows a stored value: dd/MM/yyyy for a calendar date, anything else as it is (a
 * half-typed or wrong entry stays visible so it can be corrected).
 *
 * @example dateText('2025-03-10') === '10/03/2025'
 */
export function dateText(value: string): string {
  const date = parseIsoDate(value);
  if (date === null) return value;
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
