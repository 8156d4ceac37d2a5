import { createContext, useContext } from 'react';
import type { Repositories } from '../db/database';

export const RepositoriesContext = createContext<Repositories | null>(null);

/** The database repositories, for features (never Dexie itself). */
export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext);
  if (!repositories) throw new Error('useRepositories outside RepositoriesContext');
  return repositories;
}
