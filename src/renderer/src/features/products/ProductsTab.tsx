import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, navigate } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { SearchBox } from '../../components/SearchBox';
import { currentCertificates } from './certificate-register';
import { ListCount } from './ListCount';
import { LoadFailed } from './LoadFailed';
import { ProductForm } from './ProductForm';
import { ProductsTable } from './ProductsTable';
import { useProductsFormat } from './useProductsFormat';

/** The products: search (name, code, producer; diacritics optional), filter by set and producer, add. */
export function ProductsTab() {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const format = useProductsFormat();
  const [query, setQuery] = useState('');
  const [productSet, setProductSet] = useState('');
  const [producerId, setProducerId] = useState('');
  const [adding, setAdding] = useState(false);
  // What does not change as the user types is read once per change of the workspace.
  const registers = useLoad(async () => {
    const [total, producers, entries] = await Promise.all([
      repositories.products.count(),
      repositories.producers.names(),
      repositories.certificates.entries(),
    ]);
    return { total, producers, current: currentCertificates(entries) };
  }, [repositories, revision]);
  const found = useLoad(
    () =>
      repositories.products.search(
        query,
        {
          productSet: productSet === '' ? undefined : Number(productSet),
          producerId: producerId === '' ? undefined : producerId,
        },
        1000,
      ),
    [repositories, revision, query, productSet, producerId],
  );

  if (registers.state === 'failed') return <LoadFailed error={registers.error} />;
  if (found.state === 'failed') return <LoadFailed error={found.error} />;
  if (registers.state === 'loading' || found.state === 'loading') return <p>{t('products.loading')}</p>;
  const { total, producers, current } = registers.value;
  const { items } = found.value;
  const form = adding ? (
    <ProductForm onClose={() => setAdding(false)} onSaved={(product) => navigate('products', 'item', product.id)} />
  ) : null;
  const addButton = (
    <button type="button" className="button" onClick={() => setAdding(true)}>
      {t('products.item.add')}
    </button>
  );
  if (producers.length === 0) {
    return (
      <EmptyState icon={<Icon name="products" size={48} />} title={t('products.item.emptyNoProducers')}>
        <p>{t('products.item.emptyNoProducersNext')}</p>
        <a className="button" href={hrefOf('products', 'producers', 'new')}>
          {t('products.item.addProducer')}
        </a>
      </EmptyState>
    );
  }
  if (total === 0) {
    return (
      <>
        <EmptyState icon={<Icon name="products" size={48} />} title={t('products.item.empty')}>
          <p>{t('products.item.emptyNext')}</p>
          {addButton}
        </EmptyState>
        {form}
      </>
    );
  }
  return (
    <>
      <div className="list-toolbar">
        <SearchBox value={query} onChange={setQuery} label={t('products.item.search')} />
        <select
          aria-label={t('products.item.columns.set')}
          value={productSet}
          onChange={(e) => setProductSet(e.target.value)}
        >
          <option value="">{t('products.item.allSets')}</option>
          {format.setOptions().map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <select
          aria-label={t('products.item.columns.producer')}
          value={producerId}
          onChange={(e) => setProducerId(e.target.value)}
        >
          <option value="">{t('products.item.allProducers')}</option>
          {producers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <ListCount shown={items.length} total={total} />
        <div className="toolbar-spacer" />
        {addButton}
      </div>
      <ProductsTable
        products={items}
        producerNames={new Map(producers.map((p) => [p.id, p.name]))}
        current={current}
        label={t('products.item.listLabel')}
        empty={<p className="list-empty">{t('products.noMatch')}</p>}
      />
      {form}
    </>
  );
}
