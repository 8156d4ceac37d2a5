import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  producerTypeSchema,
  type Producer,
  type ProducerType,
} from '../../../../shared/domain/workspace/producer.schema';
import { navigate } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { SearchBox } from '../../components/SearchBox';
import { ListCount } from './ListCount';
import { LoadFailed } from './LoadFailed';
import { ProducerForm } from './ProducerForm';

/** The producers (chủ thể): search, filter by type, add; a row opens the producer. */
export function ProducersTab({ adding }: { adding: boolean }) {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<ProducerType | ''>('');
  const [formOpen, setFormOpen] = useState(false);
  const loaded = useLoad(async () => {
    const [items, total, counts] = await Promise.all([
      repositories.producers.search(query, { type: type === '' ? undefined : type }, 1000),
      repositories.producers.count(),
      repositories.products.countsByProducer(),
    ]);
    return { items, total, counts };
  }, [repositories, revision, query, type]);

  const closeForm = () => (adding ? navigate('products', 'producers') : setFormOpen(false));
  const open = (producer: Producer) => navigate('products', 'producers', producer.id);
  const addButton = (
    <button type="button" className="button" onClick={() => setFormOpen(true)}>
      {t('products.producer.add')}
    </button>
  );
  const columns: ColumnDef<Producer, unknown>[] = [
    {
      id: 'name',
      header: t('products.producer.columns.name'),
      accessorFn: (p) => p.name,
      cell: ({ row }) => <span className="cell-main">{row.original.name}</span>,
    },
    {
      id: 'type',
      header: t('products.producer.columns.type'),
      accessorFn: (p) => t(`products.producerType.${p.type}`),
    },
    {
      id: 'representative',
      header: t('products.producer.columns.representative'),
      accessorFn: (p) => p.representative.name,
      cell: ({ row }) => {
        const { name, sex, ethnicity } = row.original.representative;
        return t('products.producer.representativeLine', { name, sex: t(`products.sex.${sex}`), ethnicity });
      },
    },
    {
      id: 'commune',
      header: t('products.producer.columns.commune'),
      accessorFn: (p) => p.communeCode || t('products.empty'),
    },
    {
      id: 'phone',
      header: t('products.producer.columns.phone'),
      accessorFn: (p) => p.phone || t('products.empty'),
      cell: ({ getValue }) => <span className="nowrap">{String(getValue())}</span>,
    },
    {
      id: 'products',
      header: t('products.producer.columns.products'),
      accessorFn: (p) => (loaded.state === 'ready' ? (loaded.value.counts.get(p.id) ?? 0) : 0),
    },
  ];

  return (
    <>
      {loaded.state === 'failed' ? <LoadFailed error={loaded.error} /> : null}
      {loaded.state === 'ready' && loaded.value.total === 0 ? (
        <EmptyState icon={<Icon name="council" size={48} />} title={t('products.producer.empty')}>
          <p>{t('products.producer.emptyNext')}</p>
          {addButton}
        </EmptyState>
      ) : (
        <>
          <div className="list-toolbar">
            <SearchBox value={query} onChange={setQuery} label={t('products.producer.search')} />
            <select
              aria-label={t('products.producer.columns.type')}
              value={type}
              onChange={(e) => setType(e.target.value as ProducerType | '')}
            >
              <option value="">{t('products.producer.allTypes')}</option>
              {producerTypeSchema.options.map((value) => (
                <option key={value} value={value}>
                  {t(`products.producerType.${value}`)}
                </option>
              ))}
            </select>
            {loaded.state === 'ready' ? (
              <ListCount shown={loaded.value.items.length} total={loaded.value.total} />
            ) : null}
            <div className="toolbar-spacer" />
            {addButton}
          </div>
          {loaded.state === 'ready' ? (
            <DataTable
              data={loaded.value.items}
              columns={columns}
              getRowId={(p) => p.id}
              onOpen={open}
              label={t('products.producer.listLabel')}
              empty={<p className="list-empty">{t('products.noMatch')}</p>}
            />
          ) : null}
        </>
      )}
      {formOpen || adding ? <ProducerForm onClose={closeForm} onSaved={open} /> : null}
    </>
  );
}
