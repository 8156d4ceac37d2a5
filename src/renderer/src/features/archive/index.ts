/**
 * What the archive feature offers the rest of the app: its panels (for the archive area), the alerts
 * strip, the snapshot calls other features make (a session's finalisation) and the start-up steps.
 */
import './archive.css';

export { ArchivePanels } from './ArchivePanels';
export { StorageAlerts } from './StorageAlerts';
export { dailySnapshot, takeSnapshot } from './take-snapshot';
export { requestPersistentStorage, snapshotBeforeOpening, watchForQuotaErrors } from './start-up';
