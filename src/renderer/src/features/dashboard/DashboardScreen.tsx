import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** The secretary's overview (plan progress, deadlines, expiries, dossiers waiting). */
export function DashboardScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.dashboard')} />;
}
