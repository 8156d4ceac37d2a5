import { BackupFilePanel } from './BackupFilePanel';
import { IntegrityPanel } from './IntegrityPanel';
import { SnapshotsPanel } from './SnapshotsPanel';

/** The archive area's own panels: automatic snapshots, the backup file (export, import), the integrity check. */
export function ArchivePanels() {
  return (
    <div className="archive-areas">
      <SnapshotsPanel />
      <BackupFilePanel />
      <IntegrityPanel />
    </div>
  );
}
