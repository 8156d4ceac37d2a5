import type { IsoDate } from '../domain/dates/iso-date';
import { displayMean } from '../domain/scoring/star-band';
import type { Language } from './messages';

const LOCALES: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, digits: number): Intl.NumberFormat {
  const key = `${language}:${digits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    cache.set(key, format);
  }
  return format;
}

/** A number with `digits` decimals in the language's notation: 87,50 in Vietnamese, 87.50 in English. */
export function formatNumber(value: number, language: Language, digits = 2): string {
  return numberFormat(language, digits).format(value);
}

/**
 * A mean score for people: two decimals, decimal comma in Vietnamese, never rounded across a band edge.
 *
 * @example formatMean(87.5, 'vi') === '87,50'; formatMean(89.996, 'vi') === '89,99'
 */
export function formatMean(value: number, language: Language): string {
  return formatNumber(displayMean(value), language, 2);
}

/** A date as Vietnamese documents write it: 31/05/2028. */
export function formatDate(date: IsoDate | string, _language: Language): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
