import type { SnapshotStore } from '../archive/snapshot-store';
import type { HandlerMap } from './dispatcher';

type ArchiveHandlers = Pick<HandlerMap, 'snapshots:write' | 'snapshots:list' | 'snapshots:read' | 'snapshots:folder'>;

/**
 * The archive area's main side: snapshots of the workspace (the renderer owns the database and sends the
 * archive text; main owns the files). Names come from the folder's own listing, never paths.
 */
export function archiveHandlers(snapshots: SnapshotStore): ArchiveHandlers {
  return {
    'snapshots:write': ({ reason, text }) => snapshots.write(reason, text),
    'snapshots:list': () => snapshots.list(),
    'snapshots:read': ({ name }) => snapshots.read(name),
    'snapshots:folder': () => ({ path: snapshots.folder() }),
  };
}
