import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/messages';
import { StorageAlerts } from '../features/archive';
import { CouncilArea } from '../features/council/CouncilArea';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { DocumentsArea } from '../features/documents/DocumentsArea';
import { ArchiveArea } from '../features/exchange/ArchiveArea';
import { ProductsArea } from '../features/products/ProductsArea';
import { RubricViewer } from '../features/rubric/RubricViewer';
import { SessionsArea } from '../features/sessions/SessionsArea';
import { LanguageSwitch } from '../features/shell/LanguageSwitch';
import { SectionPlaceholder } from '../features/shell/SectionPlaceholder';
import { Sidebar } from '../features/shell/Sidebar';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { useLocation, type Location } from './routes';
import { useLoad } from './use-load';
import { useWorkspace } from './workspace-context';

function Area({ location }: { location: Location }) {
  switch (location.area) {
    case 'dashboard':
      return <DashboardScreen />;
    case 'council':
      return <CouncilArea path={location.path} />;
    case 'products':
      return <ProductsArea path={location.path} />;
    case 'sessions':
      return <SessionsArea path={location.path} />;
    case 'documents':
      return <DocumentsArea path={location.path} />;
    case 'archive':
      return <ArchiveArea />;
    case 'rubric':
      return <RubricViewer />;
    default:
      return <SectionPlaceholder area={location.area} />;
  }
}

/** The app shell: top bar, navigation, and the current area (or the welcome screen before setup). */
export function App() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const { repositories, name, open, revision } = useWorkspace();
  const council = useLoad(() => repositories.council.current(), [repositories, revision]);
  const changeLanguage = (language: Language) => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    void repositories.settings.setLanguage(language);
  };
  // A member's own laptop opens a member kit and scores its session without a council of its own (only the
  // session list and a new session need one); the rubrics need none either.
  const [sessionPath] = location.path;
  const ownLaptop = location.area === 'sessions' && sessionPath !== undefined && sessionPath !== 'new';
  // The archive needs none: a new laptop restores the council's backup there.
  const needsCouncil = location.area !== 'rubric' && location.area !== 'archive' && !ownLaptop;
  return (
    <div className={`shell${name === 'demo' ? ' with-banner' : ''}`}>
      <header className="topbar">
        <div className="brand">
          <div className="brand-mark" aria-hidden="true">
            ★
          </div>
          <div>
            <div className="brand-name">{t('app.name')}</div>
            <div className="brand-tagline">
              {council.state === 'ready' && council.value ? council.value.councilName : t('app.tagline')}
            </div>
          </div>
        </div>
        <LanguageSwitch onChange={changeLanguage} />
      </header>
      {name === 'demo' ? (
        <div className="workspace-banner" role="status">
          <span>{t('workspace.demoBanner')}</span>
          <button type="button" className="button small secondary" onClick={() => void open('main')}>
            {t('workspace.leaveDemo')}
          </button>
        </div>
      ) : null}
      <Sidebar current={location.area} />
      <main className="main">
        <StorageAlerts />
        {council.state === 'loading' ? (
          <p>{t('app.loading')}</p>
        ) : council.state === 'ready' && council.value === null && needsCouncil ? (
          <WelcomeScreen />
        ) : (
          <Area location={location} />
        )}
      </main>
    </div>
  );
}
