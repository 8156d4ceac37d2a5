import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';

/** Placeholder until the new-session screen is built. */
export function NewSessionScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.sessions')} />;
}
