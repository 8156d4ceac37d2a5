import { useTranslation } from 'react-i18next';
import type { SnapshotInfo } from '../../../../shared/ipc/snapshots-schemas';
import { formatBytes, formatMoment, shortHash } from './archive-format';

const count = (value: number | null) => (value === null ? '—' : String(value));

/** The snapshots, newest first: when, why (in words), size, what they hold, and a restore button each. */
export function SnapshotTable({
  snapshots,
  onRestore,
  disabled,
}: {
  snapshots: readonly SnapshotInfo[];
  onRestore: (snapshot: SnapshotInfo) => void;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap archive-snapshots">
      <table className="data-table">
        <caption className="visually-hidden">{t('archiveUi.snapshots.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('archiveUi.snapshots.column.date')}</th>
            <th scope="col">{t('archiveUi.snapshots.column.reason')}</th>
            <th scope="col" className="number">
              {t('archiveUi.snapshots.column.size')}
            </th>
            <th scope="col" className="number">
              {t('archiveUi.snapshots.column.sessions')}
            </th>
            <th scope="col" className="number">
              {t('archiveUi.snapshots.column.sheets')}
            </th>
            <th scope="col">{t('archiveUi.snapshots.column.chain')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('archiveUi.snapshots.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {snapshots.map((snapshot) => (
            <tr key={snapshot.name} data-snapshot={snapshot.name} data-reason={snapshot.reason}>
              <td className="nowrap">{formatMoment(snapshot.createdAt)}</td>
              <td>
                {t(`archiveUi.reason.${snapshot.reason}`)}
                {snapshot.workspace === 'demo' ? (
                  <span className="pill neutral archive-demo">{t('archiveUi.snapshots.demo')}</span>
                ) : null}
              </td>
              <td className="number nowrap">{formatBytes(snapshot.bytes, t, i18n.language)}</td>
              <td className="number">{count(snapshot.sessions)}</td>
              <td className="number">{count(snapshot.sheets)}</td>
              <td>
                <code className="archive-hash" title={snapshot.chainHead ?? undefined}>
                  {shortHash(snapshot.chainHead)}
                </code>
              </td>
              <td className="archive-row-action">
                <button
                  type="button"
                  className="button small secondary"
                  disabled={disabled}
                  aria-label={t('archiveUi.snapshots.restoreLabel', { date: formatMoment(snapshot.createdAt) })}
                  onClick={() => onRestore(snapshot)}
                >
                  {t('archiveUi.snapshots.restore')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
