import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** The council: its settings, members, helper group, rounds and the year's plan. */
export function CouncilArea({ path: _path }: { path: readonly string[] }) {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.council')} />;
}
