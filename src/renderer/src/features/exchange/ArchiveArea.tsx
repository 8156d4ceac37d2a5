import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** The archive: data in bulk (Excel import and export); snapshots and backups will join them here. */
export function ArchiveArea() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('exchange.title')} intro={t('exchange.intro')} />
      <p className="exchange-note">{t('exchange.laterNote')}</p>
      <div className="exchange-areas">
        <ImportPanel />
        <ExportPanel />
      </div>
    </>
  );
}
