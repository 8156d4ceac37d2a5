import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/workspace/product.schema';
import { navigate } from '../../app/routes';
import { useWorkspace } from '../../app/workspace-context';
import { DataTable } from '../../components/DataTable';
import type { CertificateEntry } from '../../db/certificates.repository';
import { registerFacts } from './certificate-register';
import { useProductsSetup } from './products-setup';
import { Stars } from './Stars';
import { CertificateStatusPill } from './StatusPills';
import { useProductsFormat } from './useProductsFormat';

/**
 * Products as a table: name, set, producer (unless the table is one producer's), code, the latest rating
 * and the certificate's status today. A row opens the product.
 */
export function ProductsTable({
  products,
  producerNames,
  current,
  empty,
  label,
}: {
  products: readonly Product[];
  /** Producer names by id; without it the producer column is left out. */
  producerNames?: ReadonlyMap<string, string> | undefined;
  /** Each product's current certificate (currentCertificates). */
  current: ReadonlyMap<string, CertificateEntry>;
  empty: ReactNode;
  label: string;
}) {
  const { t } = useTranslation();
  const { today } = useWorkspace();
  const { profile } = useProductsSetup();
  const format = useProductsFormat();
  const columns: ColumnDef<Product, unknown>[] = [
    {
      id: 'name',
      header: t('products.item.columns.name'),
      accessorFn: (p) => p.name,
      cell: ({ row }) => <span className="cell-main">{row.original.name}</span>,
    },
    {
      id: 'set',
      header: t('products.item.columns.set'),
      accessorFn: (p) => p.productSet,
      cell: ({ row }) => <span className="cell-text">{format.set(row.original.productSet)}</span>,
    },
    ...(producerNames
      ? [
          {
            id: 'producer',
            header: t('products.item.columns.producer'),
            accessorFn: (p: Product) => producerNames.get(p.producerId) ?? '',
            cell: ({ getValue }) => <span className="cell-text">{String(getValue())}</span>,
          } satisfies ColumnDef<Product, unknown>,
        ]
      : []),
    {
      id: 'code',
      header: t('products.item.columns.code'),
      accessorFn: (p) => p.code,
      cell: ({ row }) => <span className="nowrap">{row.original.code || t('products.empty')}</span>,
    },
    {
      id: 'rating',
      header: t('products.item.columns.rating'),
      accessorFn: (p) => current.get(p.id)?.certificate.stars ?? 0,
      cell: ({ row }) => {
        const entry = current.get(row.original.id);
        return entry ? (
          <Stars count={entry.certificate.stars} />
        ) : (
          <span className="muted">{t('products.item.noRating')}</span>
        );
      },
    },
    {
      id: 'status',
      header: t('products.item.columns.status'),
      accessorFn: (p) => current.get(p.id)?.certificate.validUntil ?? '',
      cell: ({ row }) => {
        const entry = current.get(row.original.id);
        if (!entry) return <span className="muted">{t('products.item.noCertificate')}</span>;
        const facts = registerFacts(entry, today, profile);
        return (
          <>
            <CertificateStatusPill status={facts.status} />
            <div className="cell-sub">{format.date(entry.certificate.validUntil)}</div>
          </>
        );
      },
    },
  ];
  return (
    <DataTable
      data={products}
      columns={columns}
      getRowId={(p) => p.id}
      onOpen={(p) => navigate('products', 'item', p.id)}
      label={label}
      empty={empty}
    />
  );
}
