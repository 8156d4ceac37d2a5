import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf, navigate } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { CertificateForm } from './CertificateForm';
import { DossierForm } from './DossierForm';
import { DossiersTable } from './DossiersTable';
import { Facts } from './Facts';
import { LoadFailed } from './LoadFailed';
import { ProductForm } from './ProductForm';
import { RatingHistory } from './RatingHistory';
import { useProductsFormat } from './useProductsFormat';

/** One product: its facts, its dossiers and its rating history (certificates, newest first). */
export function ProductDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const format = useProductsFormat();
  const [dialog, setDialog] = useState<'edit' | 'dossier' | 'certificate' | null>(null);
  const loaded = useLoad(async () => {
    const product = await repositories.products.get(id);
    const [producer, dossiers, entries] = await Promise.all([
      product ? repositories.producers.get(product.producerId) : null,
      repositories.dossiers.list({ productId: id }),
      repositories.certificates.entries(),
    ]);
    return { product, producer, dossiers, ratings: entries.filter((e) => e.certificate.productId === id) };
  }, [repositories, revision, id]);

  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} />;
  if (loaded.state === 'loading') return <p>{t('products.loading')}</p>;
  const { product, producer, dossiers, ratings } = loaded.value;
  if (!product) return <Notice tone="warning" title={t('products.notFound')} />;
  const close = () => setDialog(null);
  return (
    <article className="detail">
      <a className="back-link" href={hrefOf('products')}>
        {t('products.item.back')}
      </a>
      <div className="detail-head">
        <div>
          <h2>{product.name}</h2>
          <p className="muted">{format.set(product.productSet)}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button secondary" onClick={() => setDialog('edit')}>
            {t('products.item.edit')}
          </button>
          <button type="button" className="button secondary" onClick={() => setDialog('certificate')}>
            {t('products.certificate.add')}
          </button>
          <button type="button" className="button" onClick={() => setDialog('dossier')}>
            {t('products.dossier.add')}
          </button>
        </div>
      </div>
      <section className="card">
        <Facts
          items={[
            [
              t('products.item.fields.producerId'),
              producer ? (
                <a href={hrefOf('products', 'producers', producer.id)}>{producer.name}</a>
              ) : (
                t('products.empty')
              ),
            ],
            [t('products.item.fields.code'), product.code || t('products.empty')],
            [t('products.item.fields.description'), product.description || t('products.empty')],
          ]}
        />
      </section>
      <h3 className="section-title">{t('products.item.dossiers')}</h3>
      <DossiersTable
        dossiers={dossiers}
        label={t('products.item.dossiers')}
        empty={<p className="list-empty">{t('products.item.noDossiers')}</p>}
      />
      <h3 className="section-title">{t('products.item.ratings')}</h3>
      <RatingHistory entries={ratings} />
      {dialog === 'edit' ? <ProductForm product={product} onClose={close} onSaved={close} /> : null}
      {dialog === 'dossier' ? (
        <DossierForm productId={product.id} onClose={close} onSaved={(d) => navigate('products', 'dossiers', d.id)} />
      ) : null}
      {dialog === 'certificate' ? (
        <CertificateForm
          productId={product.id}
          onClose={close}
          onSaved={(c) => navigate('products', 'certificates', c.id)}
        />
      ) : null}
    </article>
  );
}
