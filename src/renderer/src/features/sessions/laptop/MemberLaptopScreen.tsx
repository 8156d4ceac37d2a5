import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';

/** Placeholder until the member-laptop screen is built. */
export function MemberLaptopScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.sessions')} />;
}
