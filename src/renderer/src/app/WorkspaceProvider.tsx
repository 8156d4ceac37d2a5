import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { WorkspaceName } from '../db/council-db';
import { openRepositories, type Repositories } from '../db/database';
import { todayIso } from './today';
import { WorkspaceContext, type Workspace } from './workspace-context';

const WORKSPACE_KEY = 'ocop.workspace';

/** The workspace opened last time (the council's own unless the user was in the demo). */
export function rememberedWorkspace(): WorkspaceName {
  return window.localStorage.getItem(WORKSPACE_KEY) === 'demo' ? 'demo' : 'main';
}

/**
 * Holds the open workspace. The demo workspace is a separate database, so looking at the demo can never
 * touch the council's own records.
 */
export function WorkspaceProvider({
  initial,
  prepare,
  children,
}: {
  initial: Repositories;
  /** Runs on a workspace before it is shown (fills the demo on first open). */
  prepare: (repositories: Repositories) => Promise<void>;
  children: ReactNode;
}) {
  const [repositories, setRepositories] = useState(initial);
  const [revision, setRevision] = useState(0);
  const changed = useCallback(() => setRevision((r) => r + 1), []);
  const open = useCallback(
    async (name: WorkspaceName) => {
      const next = openRepositories(name);
      await prepare(next);
      window.localStorage.setItem(WORKSPACE_KEY, name);
      setRepositories((previous) => {
        if (previous !== next) previous.close();
        return next;
      });
      setRevision((r) => r + 1);
    },
    [prepare],
  );
  const workspace = useMemo<Workspace>(
    () => ({ repositories, name: repositories.workspace, revision, changed, open, today: todayIso() }),
    [repositories, revision, changed, open],
  );
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}
