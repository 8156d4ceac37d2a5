import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18N_RESOURCES } from '../../../shared/i18n/create-i18n';
import type { vi } from '../../../shared/i18n/locales/vi';
import type { Language } from '../../../shared/i18n/messages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

/** Starts i18next for React with the shared catalogues; Vietnamese first. */
export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'vi',
    resources: I18N_RESOURCES,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18next;
}
