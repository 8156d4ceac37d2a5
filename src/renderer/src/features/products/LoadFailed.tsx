import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';

/** A read that failed: what happened, in the user's language. */
export function LoadFailed({ error }: { error: Error }) {
  const { t } = useTranslation();
  return <Notice tone="error" title={t('common.loadFailed', { detail: error.message })} />;
}
