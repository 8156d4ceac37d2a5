import i18next, { type i18n } from 'i18next';
import { en } from './locales/en';
import { vi } from './locales/vi';
import type { Language, Translate } from './messages';

export const I18N_RESOURCES = {
  vi: { translation: vi },
  en: { translation: en },
} as const;

/** A ready i18next instance (synchronous: the catalogues are bundled). Vietnamese is the fallback. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'vi',
    resources: I18N_RESOURCES,
    interpolation: { escapeValue: false },
    returnObjects: false,
    initAsync: false,
  });
  return instance;
}

/** A plain translate function over an instance (for code that does not depend on i18next's types). */
export function translator(instance: i18n): Translate {
  // Keys arrive as plain strings (issue keys are data); the renderer's typed keys do not apply here.
  const t = instance.t.bind(instance) as unknown as (key: string, options: object) => unknown;
  return (key, params) => {
    const value = t(key, { ...params });
    return typeof value === 'string' ? value : key;
  };
}
