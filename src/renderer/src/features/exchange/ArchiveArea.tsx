import { SectionPlaceholder } from '../shell/SectionPlaceholder';

/** The archive: data in bulk (Excel import and export) and, later, snapshots. */
export function ArchiveArea() {
  return <SectionPlaceholder area="archive" />;
}
