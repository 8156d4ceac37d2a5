import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/messages';
import { RubricViewer } from '../features/rubric/RubricViewer';
import { LanguageSwitch } from '../features/shell/LanguageSwitch';
import { SectionPlaceholder } from '../features/shell/SectionPlaceholder';
import { Sidebar } from '../features/shell/Sidebar';
import { useRepositories } from './repositories-context';
import { useRoute } from './routes';

/** The app shell: top bar, navigation, and the current area. */
export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const { settings } = useRepositories();
  const changeLanguage = (language: Language) => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    void settings.setLanguage(language);
  };
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <div className="brand-mark" aria-hidden="true">
            ★
          </div>
          <div>
            <div className="brand-name">{t('app.name')}</div>
            <div className="brand-tagline">{t('app.tagline')}</div>
          </div>
        </div>
        <LanguageSwitch onChange={changeLanguage} />
      </header>
      <Sidebar current={route} />
      <main className="main">{route === 'rubric' ? <RubricViewer /> : <SectionPlaceholder area={route} />}</main>
    </div>
  );
}
