import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ArchivePanels } from '../archive';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** The archive: snapshots, the backup file and the integrity check, then data in bulk (Excel import and export). */
export function ArchiveArea() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('archiveUi.title')} intro={t('archiveUi.intro')} />
      <ArchivePanels />
      <h2 className="archive-section-title">{t('archiveUi.excelHeading')}</h2>
      <div className="exchange-areas">
        <ImportPanel />
        <ExportPanel />
      </div>
    </>
  );
}
