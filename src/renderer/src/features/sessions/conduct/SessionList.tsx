import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';

/** Placeholder until the list is built. */
export function SessionList() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.sessions')} />;
}
