import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A register as a table (TanStack Table): click a column heading to sort; rows are reachable with Tab
 * and the arrow keys, and Enter (or a click) opens a row.
 */
export function DataTable<T>({
  data,
  columns,
  getRowId,
  onOpen,
  empty,
  label,
  initialSort = [],
}: {
  data: readonly T[];
  // TanStack's column type varies per column value; `unknown` keeps callers typed by their accessors.
  columns: ColumnDef<T, unknown>[];
  getRowId: (row: T) => string;
  onOpen?: ((row: T) => void) | undefined;
  empty: ReactNode;
  label: string;
  initialSort?: SortingState;
}) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  // The app does not use the React Compiler, so TanStack's unmemoisable table API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: data as T[],
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  if (data.length === 0) return <>{empty}</>;
  const moveFocus = (event: KeyboardEvent<HTMLTableRowElement>, row: T) => {
    const current = event.currentTarget;
    if (event.key === 'Enter' && onOpen) {
      event.preventDefault();
      onOpen(row);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? current.nextElementSibling : current.previousElementSibling;
      if (next instanceof HTMLElement) next.focus();
    }
  };
  return (
    <div className="table-wrap">
      <table className="data-table" aria-label={label}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                        title={t('common.sort')}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              tabIndex={0}
              className={onOpen ? 'clickable' : undefined}
              onClick={onOpen ? () => onOpen(row.original) : undefined}
              onKeyDown={(event) => moveFocus(event, row.original)}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
