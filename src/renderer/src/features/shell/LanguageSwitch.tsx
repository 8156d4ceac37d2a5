import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/i18n/messages';

const NAMES: Readonly<Record<Language, string>> = { vi: 'Tiếng Việt', en: 'English' };

/** Switches the interface between Vietnamese and English; the choice is kept. */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => onChange(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}
