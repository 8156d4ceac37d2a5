import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../../../shared/i18n/messages';

/** The interface language, for formatting dates and numbers. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'vi';
}
