import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import { formatDate, formatMean, formatNumber } from '../../../../shared/i18n/format';
import { isLanguage, type Language } from '../../../../shared/i18n/messages';

/** Dates and scores as the dashboard prints them, in the interface's language (31/05/2028, 67,00). */
export function useDashboardFormat() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  return {
    language,
    date: (date: IsoDate) => formatDate(date, language),
    mean: (value: number) => formatMean(value, language),
    points: (value: number) => formatNumber(value, language, 2),
  };
}
