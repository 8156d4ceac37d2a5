import { useTranslation } from 'react-i18next';
import { formatBytes } from './archive-format';
import { useStorageState } from './useSnapshots';

/** Whether the browser keeps the app's storage for good, and the usage against the quota. */
export function StorageLine() {
  const { t, i18n } = useTranslation();
  const state = useStorageState();
  if (state.state !== 'ready') return null;
  const { persisted, usage, quota } = state.value;
  return (
    <p className={`archive-storage${persisted === false ? ' warn' : ''}`} data-persisted={String(persisted)}>
      <span>{persisted ? t('archiveUi.storage.persisted') : t('archiveUi.storage.notPersisted')}</span>{' '}
      <span>
        {usage !== null && quota !== null
          ? t('archiveUi.storage.usage', {
              used: formatBytes(usage, t, i18n.language),
              quota: formatBytes(quota, t, i18n.language),
            })
          : t('archiveUi.storage.unknown')}
      </span>
    </p>
  );
}
