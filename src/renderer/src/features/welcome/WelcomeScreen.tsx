import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** First start: set up a council, or open the demo workspace. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('app.fullName')} />;
}
