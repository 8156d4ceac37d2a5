import { useTranslation } from 'react-i18next';
import type { Language, Translate } from '../../../../../shared/i18n/messages';

/**
 * The translate function for keys built from data (statuses, event types), and the current language for
 * numbers: the pure helpers of this folder take a plain `Translate`, not i18next's typed keys.
 */
export function useTranslate(): { translate: Translate; language: Language } {
  const { t, i18n } = useTranslation();
  const translate: Translate = (key, params) => t(key as never, params ?? {});
  return { translate, language: i18n.language === 'en' ? 'en' : 'vi' };
}
