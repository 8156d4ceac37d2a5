import { CouncilDb } from './council-db';
import { SettingsRepository } from './settings.repository';

/** The app's repositories over one database; features receive these, never Dexie itself. */
export interface Repositories {
  readonly settings: SettingsRepository;
}

export function openRepositories(db: CouncilDb = new CouncilDb()): Repositories {
  return { settings: new SettingsRepository(db) };
}
