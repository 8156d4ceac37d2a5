import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** Products, producers, dossiers and certificates. */
export function ProductsArea({ path: _path }: { path: readonly string[] }) {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.products')} />;
}
