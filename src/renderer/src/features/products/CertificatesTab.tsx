import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesQuery, searchWords } from '../../../../shared/domain/text/search-words';
import type { Product } from '../../../../shared/domain/workspace/product.schema';
import { hrefOf, navigate } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { SearchBox } from '../../components/SearchBox';
import type { CertificateEntry } from '../../db/certificates.repository';
import { registerFacts, type RegisterFacts, type RegisterStatus } from './certificate-register';
import { CertificateForm } from './CertificateForm';
import { ExpiryNote } from './ExpiryNote';
import { ListCount } from './ListCount';
import { LoadFailed } from './LoadFailed';
import { useProductsSetup } from './products-setup';
import { Stars } from './Stars';
import { CertificateStatusPill } from './StatusPills';
import { useProductsFormat } from './useProductsFormat';

const STATUSES: readonly RegisterStatus[] = [
  'valid',
  're-evaluation-window',
  'grace',
  'expired',
  'revoked',
  'replaced',
];

interface Row {
  readonly entry: CertificateEntry;
  readonly product: Product | undefined;
  readonly facts: RegisterFacts;
}

/** The certificate register: each certificate's status today and days to expiry; filter, search, record. */
export function CertificatesTab() {
  const { t } = useTranslation();
  const { repositories, revision, today } = useWorkspace();
  const { profile } = useProductsSetup();
  const format = useProductsFormat();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<RegisterStatus | ''>('');
  const [adding, setAdding] = useState(false);
  const loaded = useLoad(async () => {
    const entries = await repositories.certificates.entries();
    const [products, productCount] = await Promise.all([
      repositories.products.byIds(entries.map((e) => e.certificate.productId)),
      repositories.products.count(),
    ]);
    return { entries, products, productCount };
  }, [repositories, revision]);

  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} />;
  if (loaded.state === 'loading') return <p>{t('products.loading')}</p>;
  const { entries, products, productCount } = loaded.value;
  // Newest decision first; on the same date, the record made last (a correction before what it replaced).
  const ordered = [...entries].sort(
    (a, b) =>
      b.certificate.decisionDate.localeCompare(a.certificate.decisionDate) ||
      b.certificate.createdAt.localeCompare(a.certificate.createdAt),
  );
  const rows: Row[] = ordered.map((entry) => ({
    entry,
    product: products.get(entry.certificate.productId),
    facts: registerFacts(entry, today, profile),
  }));
  const shown = rows.filter(
    (row) =>
      (status === '' || row.facts.status === status) &&
      (query.trim() === '' ||
        matchesQuery(
          searchWords(
            row.product?.name ?? '',
            row.product?.code ?? '',
            row.entry.certificate.certificateNumber,
            row.entry.certificate.decisionNumber,
          ),
          query,
        )),
  );
  const form = adding ? (
    <CertificateForm onClose={() => setAdding(false)} onSaved={(c) => navigate('products', 'certificates', c.id)} />
  ) : null;
  const addButton = (
    <button type="button" className="button" onClick={() => setAdding(true)}>
      {t('products.certificate.add')}
    </button>
  );
  if (entries.length === 0) {
    return (
      <>
        <EmptyState icon={<Icon name="archive" size={48} />} title={t('products.certificate.empty')}>
          {productCount === 0 ? (
            <>
              <p>{t('products.certificate.emptyNoProducts')}</p>
              <a className="button" href={hrefOf('products')}>
                {t('products.dossier.goToProducts')}
              </a>
            </>
          ) : (
            <>
              <p>{t('products.certificate.emptyNext')}</p>
              {addButton}
            </>
          )}
        </EmptyState>
        {form}
      </>
    );
  }
  const columns: ColumnDef<Row, unknown>[] = [
    {
      id: 'product',
      header: t('products.certificate.columns.product'),
      accessorFn: (r) => r.product?.name ?? '',
      cell: ({ row }) => (
        <>
          <span className="cell-main">{row.original.product?.name ?? t('products.empty')}</span>
          {row.original.product?.code ? <div className="cell-sub">{row.original.product.code}</div> : null}
        </>
      ),
    },
    {
      id: 'stars',
      header: t('products.certificate.columns.stars'),
      accessorFn: (r) => r.entry.certificate.stars,
      cell: ({ row }) => <Stars count={row.original.entry.certificate.stars} />,
    },
    {
      id: 'number',
      header: t('products.certificate.columns.number'),
      accessorFn: (r) => r.entry.certificate.certificateNumber,
      cell: ({ row }) => <span className="nowrap">{row.original.entry.certificate.certificateNumber}</span>,
    },
    {
      id: 'decision',
      header: t('products.certificate.columns.decision'),
      accessorFn: (r) => r.entry.certificate.decisionDate,
      cell: ({ row }) => (
        <>
          <div className="nowrap">{row.original.entry.certificate.decisionNumber}</div>
          <div className="cell-sub">{format.date(row.original.entry.certificate.decisionDate)}</div>
        </>
      ),
    },
    {
      id: 'validUntil',
      header: t('products.certificate.columns.validUntil'),
      accessorFn: (r) => r.entry.certificate.validUntil,
      cell: ({ row }) => <span className="nowrap">{format.date(row.original.entry.certificate.validUntil)}</span>,
    },
    {
      id: 'status',
      header: t('products.certificate.columns.status'),
      accessorFn: (r) => STATUSES.indexOf(r.facts.status),
      cell: ({ row }) => (
        <>
          <CertificateStatusPill status={row.original.facts.status} />
          <ExpiryNote entry={row.original.entry} facts={row.original.facts} />
        </>
      ),
    },
    {
      id: 'expiry',
      header: t('products.certificate.columns.expiry'),
      accessorFn: (r) => r.facts.daysToExpiry ?? Number.MAX_SAFE_INTEGER,
      cell: ({ row }) => {
        const days = row.original.facts.daysToExpiry;
        if (days === null) return <span className="muted">{t('products.empty')}</span>;
        return (
          <span className={`nowrap${days < 0 ? ' overdue' : ''}`}>
            {days >= 0
              ? t('products.certificate.daysLeft', { count: days })
              : t('products.certificate.daysOver', { count: -days })}
          </span>
        );
      },
    },
  ];
  return (
    <>
      <div className="list-toolbar">
        <SearchBox value={query} onChange={setQuery} label={t('products.certificate.search')} />
        <select
          aria-label={t('products.certificate.columns.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as RegisterStatus | '')}
        >
          <option value="">{t('products.certificate.allStatuses')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {value === 'replaced' ? t('products.replacedStatus') : t(`certificateStatus.${value}`)}
            </option>
          ))}
        </select>
        <ListCount shown={shown.length} total={rows.length} />
        <div className="toolbar-spacer" />
        {addButton}
      </div>
      <DataTable
        data={shown}
        columns={columns}
        getRowId={(r) => r.entry.certificate.id}
        onOpen={(r) => navigate('products', 'certificates', r.entry.certificate.id)}
        label={t('products.certificate.listLabel')}
        empty={<p className="list-empty">{t('products.noMatch')}</p>}
      />
      {form}
    </>
  );
}
