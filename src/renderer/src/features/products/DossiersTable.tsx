import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dossierStatus, type Dossier } from '../../../../shared/domain/workspace/dossier.schema';
import type { Product } from '../../../../shared/domain/workspace/product.schema';
import { navigate } from '../../app/routes';
import { DataTable } from '../../components/DataTable';
import { Stars } from './Stars';
import { DossierStatusPill } from './StatusPills';
import { useProductsFormat } from './useProductsFormat';

const FORMS = ['mau01', 'mau02', 'mau03'] as const;

/** Dossiers as a table: product (unless the table is one product's), year, kind, forms, samples, status. */
export function DossiersTable({
  dossiers,
  products,
  empty,
  label,
}: {
  dossiers: readonly Dossier[];
  /** Products by id; without it the product column is left out. */
  products?: ReadonlyMap<string, Product> | undefined;
  empty: ReactNode;
  label: string;
}) {
  const { t } = useTranslation();
  const format = useProductsFormat();
  const columns: ColumnDef<Dossier, unknown>[] = [
    ...(products
      ? [
          {
            id: 'product',
            header: t('products.dossier.columns.product'),
            accessorFn: (d: Dossier) => products.get(d.productId)?.name ?? '',
            cell: ({ row }) => {
              const product = products.get(row.original.productId);
              return (
                <>
                  <span className="cell-main">{product?.name ?? t('products.empty')}</span>
                  {product?.code ? <div className="cell-sub">{product.code}</div> : null}
                </>
              );
            },
          } satisfies ColumnDef<Dossier, unknown>,
        ]
      : []),
    { id: 'year', header: t('products.dossier.columns.year'), accessorFn: (d) => d.year },
    {
      id: 'attempt',
      header: t('products.dossier.columns.attempt'),
      accessorFn: (d) => t(`products.attempt.${d.attempt}`),
    },
    {
      id: 'received',
      header: t('products.dossier.columns.received'),
      accessorFn: (d) => d.receivedOn,
      cell: ({ row }) => <span className="nowrap">{format.date(row.original.receivedOn)}</span>,
    },
    {
      id: 'forms',
      header: t('products.dossier.columns.forms'),
      enableSorting: false,
      cell: ({ row }) => (
        <span className="form-marks">
          {FORMS.map((form) => {
            const have = row.original.forms[form];
            return (
              <span
                key={form}
                className={`form-mark${have ? ' have' : ''}`}
                title={
                  have
                    ? t(`products.forms.${form}`)
                    : t('products.dossier.formMissing', { form: t(`products.forms.${form}`) })
                }
              >
                {t(`products.dossier.formsShort.${form}`)}
              </span>
            );
          })}
        </span>
      ),
    },
    {
      id: 'samples',
      header: t('products.dossier.columns.samples'),
      accessorFn: (d) => d.samples.received,
      cell: ({ row }) => {
        const { required, received } = row.original.samples;
        return required === 0 ? (
          <span className="muted">{t('products.empty')}</span>
        ) : (
          <span className={received < required ? 'short' : undefined}>
            {t('products.dossier.samplesCount', { received, required })}
          </span>
        );
      },
    },
    {
      id: 'status',
      header: t('products.dossier.columns.status'),
      accessorFn: (d) => dossierStatus(d),
      cell: ({ row }) => <DossierStatusPill status={dossierStatus(row.original)} />,
    },
    {
      id: 'result',
      header: t('products.dossier.columns.result'),
      accessorFn: (d) => d.evaluation?.mean ?? -1,
      cell: ({ row }) => {
        const evaluation = row.original.evaluation;
        return evaluation ? (
          <span className="nowrap">
            <Stars count={evaluation.stars} />{' '}
            {t('products.dossier.resultShort', { mean: format.mean(evaluation.mean) })}
          </span>
        ) : (
          <span className="muted">{t('products.dossier.notEvaluated')}</span>
        );
      },
    },
  ];
  return (
    <DataTable
      data={dossiers}
      columns={columns}
      getRowId={(d) => d.id}
      onOpen={(d) => navigate('products', 'dossiers', d.id)}
      label={label}
      empty={empty}
    />
  );
}
