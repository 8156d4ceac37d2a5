import { useTranslation } from 'react-i18next';
import { TABLE_NAMES } from '../../../../shared/archive/archive.schema';
import type { ImportPreview } from '../../db/archive-import';

/** Records by table: in the file, here now, and what the import adds (merge) or leaves (restore). */
export function ImportCounts({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const last = (table: (typeof TABLE_NAMES)[number]) =>
    preview.merge ? preview.merge.added[table] : preview.holds[table];
  const rows = TABLE_NAMES.filter((table) => preview.holds[table] + preview.current[table] + last(table) > 0);
  return (
    <div className="table-wrap archive-counts">
      <table className="data-table">
        <caption className="visually-hidden">{t('archiveUi.file.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('archiveUi.file.column.table')}</th>
            <th scope="col" className="number">
              {t('archiveUi.file.column.file')}
            </th>
            <th scope="col" className="number">
              {t('archiveUi.file.column.current')}
            </th>
            <th scope="col" className="number">
              {preview.merge ? t('archiveUi.file.column.added') : t('archiveUi.file.column.after')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((table) => (
            <tr key={table} data-table={table}>
              <th scope="row">{t(`archiveUi.table.${table}`)}</th>
              <td className="number">{preview.holds[table]}</td>
              <td className="number">{preview.current[table]}</td>
              <td className={`number${preview.merge && last(table) > 0 ? ' archive-added' : ''}`}>
                {preview.merge && last(table) > 0 ? `+${last(table)}` : last(table)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
