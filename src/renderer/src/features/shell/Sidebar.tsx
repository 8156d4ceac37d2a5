import { useTranslation } from 'react-i18next';
import { ROUTES, hrefOf, type Route } from '../../app/routes';
import { Icon } from '../../components/Icon';

/** The app's navigation: the areas a council works in. */
export function Sidebar({ current }: { current: Route }) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('app.mainNavigation')}>
      <ul>
        {ROUTES.map((route) => (
          <li key={route}>
            <a href={hrefOf(route)} aria-current={route === current ? 'page' : undefined}>
              <span className="nav-icon">
                <Icon name={route} />
              </span>
              <span className="nav-label">{t(`nav.${route}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
