import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierStatus } from '../../../../shared/domain/workspace/dossier.schema';
import { hrefOf, navigate } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { SearchBox } from '../../components/SearchBox';
import { DossierForm } from './DossierForm';
import { DossiersTable } from './DossiersTable';
import { ListCount } from './ListCount';
import { LoadFailed } from './LoadFailed';

/** The statuses a dossier rests in (resubmitted is a step on the way, never where a dossier stays). */
const STATUSES: readonly DossierStatus[] = ['received', 'returned', 'complete', 'disqualified', 'evaluated'];

/** The dossiers: filter by year and status, search by product, receive a new one. */
export function DossiersTab() {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const [query, setQuery] = useState('');
  const [year, setYear] = useState('');
  const [status, setStatus] = useState<DossierStatus | ''>('');
  const [adding, setAdding] = useState(false);
  const loaded = useLoad(async () => {
    const [dossiers, total, years, productCount, matching] = await Promise.all([
      repositories.dossiers.list({
        year: year === '' ? undefined : Number(year),
        status: status === '' ? undefined : status,
      }),
      repositories.dossiers.count(),
      repositories.dossiers.years(),
      repositories.products.count(),
      query.trim() === '' ? null : repositories.products.search(query, {}, Number.MAX_SAFE_INTEGER),
    ]);
    const wanted = matching ? new Set(matching.items.map((p) => p.id)) : null;
    const shown = wanted ? dossiers.filter((d) => wanted.has(d.productId)) : dossiers;
    const products = await repositories.products.byIds(shown.map((d) => d.productId));
    return { shown, total, years, productCount, products };
  }, [repositories, revision, query, year, status]);

  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} />;
  if (loaded.state === 'loading') return <p>{t('products.loading')}</p>;
  const { shown, total, years, productCount, products } = loaded.value;
  const form = adding ? (
    <DossierForm onClose={() => setAdding(false)} onSaved={(d) => navigate('products', 'dossiers', d.id)} />
  ) : null;
  const addButton = (
    <button type="button" className="button" onClick={() => setAdding(true)}>
      {t('products.dossier.add')}
    </button>
  );
  if (total === 0) {
    return (
      <>
        <EmptyState icon={<Icon name="documents" size={48} />} title={t('products.dossier.empty')}>
          {productCount === 0 ? (
            <>
              <p>{t('products.dossier.emptyNoProducts')}</p>
              <a className="button" href={hrefOf('products')}>
                {t('products.dossier.goToProducts')}
              </a>
            </>
          ) : (
            <>
              <p>{t('products.dossier.emptyNext')}</p>
              {addButton}
            </>
          )}
        </EmptyState>
        {form}
      </>
    );
  }
  return (
    <>
      <div className="list-toolbar">
        <SearchBox value={query} onChange={setQuery} label={t('products.dossier.search')} />
        <select aria-label={t('products.dossier.columns.year')} value={year} onChange={(e) => setYear(e.target.value)}>
          <option value="">{t('products.dossier.allYears')}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
        <select
          aria-label={t('products.dossier.columns.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as DossierStatus | '')}
        >
          <option value="">{t('products.dossier.allStatuses')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`products.dossierStatus.${value}`)}
            </option>
          ))}
        </select>
        <ListCount shown={shown.length} total={total} />
        <div className="toolbar-spacer" />
        {addButton}
      </div>
      <DossiersTable
        dossiers={shown}
        products={products}
        label={t('products.dossier.listLabel')}
        empty={<p className="list-empty">{t('products.noMatch')}</p>}
      />
      {form}
    </>
  );
}
