import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, navigate } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { currentCertificates } from './certificate-register';
import { Facts } from './Facts';
import { LoadFailed } from './LoadFailed';
import { ProducerForm } from './ProducerForm';
import { ProductForm } from './ProductForm';
import { ProductsTable } from './ProductsTable';

/** One producer: who they are, their representative (criterion 3.2), and their products. */
export function ProducerDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const [dialog, setDialog] = useState<'edit' | 'product' | null>(null);
  const loaded = useLoad(async () => {
    const [producer, products, entries] = await Promise.all([
      repositories.producers.get(id),
      repositories.products.listByProducer(id),
      repositories.certificates.entries(),
    ]);
    products.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return { producer, products, current: currentCertificates(entries) };
  }, [repositories, revision, id]);

  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} />;
  if (loaded.state === 'loading') return <p>{t('products.loading')}</p>;
  const { producer, products, current } = loaded.value;
  if (!producer) return <Notice tone="warning" title={t('products.notFound')} />;
  const { representative: rep } = producer;
  return (
    <article className="detail">
      <a className="back-link" href={hrefOf('products', 'producers')}>
        {t('products.producer.back')}
      </a>
      <div className="detail-head">
        <div>
          <h2>{producer.name}</h2>
          <p className="muted">{t(`products.producerType.${producer.type}`)}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button secondary" onClick={() => setDialog('edit')}>
            {t('products.producer.edit')}
          </button>
          <button type="button" className="button" onClick={() => setDialog('product')}>
            {t('products.item.add')}
          </button>
        </div>
      </div>
      <section className="card">
        <Facts
          items={[
            [
              t('products.producer.fields.representative'),
              t('products.producer.representativeLine', {
                name: rep.name,
                sex: t(`products.sex.${rep.sex}`),
                ethnicity: rep.ethnicity,
              }),
            ],
            [t('products.producer.fields.address'), producer.address],
            [t('products.producer.fields.communeCode'), producer.communeCode || t('products.empty')],
            [t('products.producer.fields.phone'), producer.phone || t('products.empty')],
            [t('products.producer.fields.registrationNumber'), producer.registrationNumber || t('products.empty')],
          ]}
        />
      </section>
      <h3 className="section-title">{t('products.producer.products')}</h3>
      <ProductsTable
        products={products}
        current={current}
        label={t('products.producer.products')}
        empty={<p className="list-empty">{t('products.producer.noProducts')}</p>}
      />
      {dialog === 'edit' ? (
        <ProducerForm producer={producer} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      ) : null}
      {dialog === 'product' ? (
        <ProductForm
          producerId={producer.id}
          onClose={() => setDialog(null)}
          onSaved={(product) => navigate('products', 'item', product.id)}
        />
      ) : null}
    </article>
  );
}
