import Dexie, { type EntityTable } from 'dexie';

/** A user preference kept between runs (language, last rubric viewed…). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The council's local database (IndexedDB through Dexie). Versions are append-only: never edit a
 * published `version(n)`; add `version(n + 1)` with its upgrade and a test (../shared/STYLE.md, "Data").
 */
export class CouncilDb extends Dexie {
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = 'ocop-council', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ settings: 'key' });
  }
}
