import type { Repositories } from '../database';
import { seedTamDuong2025 } from './seed-tam-duong';

/** Preparations run one after another, so two quick openings of the demo cannot both fill it. */
let queue: Promise<void> = Promise.resolve();

async function fillDemo(repositories: Repositories): Promise<void> {
  if (repositories.workspace !== 'demo' || (await repositories.council.current())) return;
  await seedTamDuong2025(repositories);
}

/** Runs on a workspace before it is shown: the demo workspace is filled on its first opening. */
export function prepareWorkspace(repositories: Repositories): Promise<void> {
  const next = queue.then(() => fillDemo(repositories));
  queue = next.catch(() => undefined);
  return next;
}
