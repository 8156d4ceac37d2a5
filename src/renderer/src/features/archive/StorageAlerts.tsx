import { useTranslation } from 'react-i18next';
import { dismissAlert, useStorageAlert } from './snapshot-alerts';

/**
 * An automatic snapshot that could not be written, or storage that is full: said at the top of every
 * screen until the user closes it.
 */
export function StorageAlerts() {
  const { t } = useTranslation();
  const alert = useStorageAlert();
  if (!alert) return null;
  const text =
    alert.kind === 'quota'
      ? t('archiveUi.alert.quota')
      : t(alert.diskFull ? 'archiveUi.alert.diskFull' : 'archiveUi.alert.snapshotFailed', {
          reason: t(`archiveUi.reason.${alert.reason}`),
          detail: alert.detail,
        });
  return (
    <div className="notice error archive-alert" role="alert">
      <p>{text}</p>
      <button type="button" className="icon-button" aria-label={t('archiveUi.alert.dismiss')} onClick={dismissAlert}>
        ×
      </button>
    </div>
  );
}
