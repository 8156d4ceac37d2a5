import { createContext, useContext } from 'react';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import type { WorkspaceName } from '../db/council-db';
import type { Repositories } from '../db/database';

/** The open workspace: its repositories, a revision that changes after every write, and today's date. */
export interface Workspace {
  readonly repositories: Repositories;
  readonly name: WorkspaceName;
  /** Increases after each write, so lists that depend on it reload. */
  readonly revision: number;
  /** Call after a write. */
  readonly changed: () => void;
  /** Opens another workspace (the council's own, or the demo). */
  readonly open: (name: WorkspaceName) => Promise<void>;
  /** Today on this laptop's clock, as a calendar date. */
  readonly today: IsoDate;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceContext');
  return workspace;
}
