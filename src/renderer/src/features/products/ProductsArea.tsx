import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { CertificateDetail } from './CertificateDetail';
import { CertificatesTab } from './CertificatesTab';
import { DossierDetail } from './DossierDetail';
import { DossiersTab } from './DossiersTab';
import { ProducerDetail } from './ProducerDetail';
import { ProducersTab } from './ProducersTab';
import { ProductDetail } from './ProductDetail';
import { ProductsSetupContext, type ProductsSetup } from './products-setup';
import { ProductsTab } from './ProductsTab';
import { useSetNames } from './useSetNames';

type Tab = 'items' | 'producers' | 'dossiers' | 'certificates';

/**
 * The screen for a path of the area: `#/products` (products), `#/products/item/<id>`,
 * `#/products/producers[/new | /<id>]`, `#/products/dossiers[/<id>]`, `#/products/certificates[/<id>]`.
 */
function screenOf(path: readonly string[]): { tab: Tab; screen: React.ReactNode } {
  const [section, id] = path;
  switch (section) {
    case 'item':
      return { tab: 'items', screen: id ? <ProductDetail id={id} /> : <ProductsTab /> };
    case 'producers':
      return {
        tab: 'producers',
        screen: id && id !== 'new' ? <ProducerDetail id={id} /> : <ProducersTab adding={id === 'new'} />,
      };
    case 'dossiers':
      return { tab: 'dossiers', screen: id ? <DossierDetail id={id} /> : <DossiersTab /> };
    case 'certificates':
      return { tab: 'certificates', screen: id ? <CertificateDetail id={id} /> : <CertificatesTab /> };
    default:
      return { tab: 'items', screen: <ProductsTab /> };
  }
}

/** Products, producers, dossiers and certificates: the council's registers between sessions. */
export function ProductsArea({ path }: { path: readonly string[] }) {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const council = useLoad(() => repositories.council.current(), [repositories, revision]);
  const current = council.state === 'ready' ? council.value : null;
  const setNames = useSetNames(current?.profile ?? null);
  const setup = useMemo<ProductsSetup>(
    () => ({
      profile: current?.profile ?? 'province-2026',
      helperGroupName: current?.helperGroupName ?? '',
      authority: current?.authority ?? '',
      setNames,
    }),
    [current, setNames],
  );
  const { tab, screen } = screenOf(path);
  const tabs = [
    { id: 'items', href: hrefOf('products'), label: t('products.tabs.items') },
    { id: 'producers', href: hrefOf('products', 'producers'), label: t('products.tabs.producers') },
    { id: 'dossiers', href: hrefOf('products', 'dossiers'), label: t('products.tabs.dossiers') },
    { id: 'certificates', href: hrefOf('products', 'certificates'), label: t('products.tabs.certificates') },
  ] as const;
  return (
    <ProductsSetupContext.Provider value={setup}>
      <div className="products-area">
        <PageHeader title={t('products.title')} intro={t('products.intro')} />
        <Tabs tabs={tabs} current={tab} label={t('products.tabs.label')} />
        {council.state === 'ready' ? screen : <p>{t('products.loading')}</p>}
      </div>
    </ProductsSetupContext.Provider>
  );
}
