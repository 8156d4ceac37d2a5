import Dexie, { type EntityTable } from 'dexie';
import type {
  CertificateRecord,
  CouncilRecord,
  DossierRecord,
  MemberRecord,
  PlanTargetRecord,
  ProducerRecord,
  ProductRecord,
  RevocationRecord,
  ResultVersionRecord,
  RoundRecord,
  SessionEventRecord,
  SessionRecord,
  SettingRecord,
  ProductLogsRecord,
  ProductSheetsRecord,
} from './records';
import { SCHEMA_VERSIONS } from './schema';

export type { SettingRecord } from './records';

/** The workspace database names: the council's own, and the demo workspace kept apart from it. */
export const WORKSPACE_DATABASES = { main: 'ocop-council', demo: 'ocop-council-demo' } as const;
export type WorkspaceName = keyof typeof WORKSPACE_DATABASES;

/**
 * The council's local database (IndexedDB through Dexie), one per workspace. Versions come from
 * schema.ts (append-only, each upgrade tested).
 */
export class CouncilDb extends Dexie {
  settings!: EntityTable<SettingRecord, 'key'>;
  councils!: EntityTable<CouncilRecord, 'id'>;
  members!: EntityTable<MemberRecord, 'id'>;
  producers!: EntityTable<ProducerRecord, 'id'>;
  products!: EntityTable<ProductRecord, 'id'>;
  dossiers!: EntityTable<DossierRecord, 'id'>;
  rounds!: EntityTable<RoundRecord, 'id'>;
  certificates!: EntityTable<CertificateRecord, 'id'>;
  revocations!: EntityTable<RevocationRecord, 'id'>;
  planTargets!: EntityTable<PlanTargetRecord, 'year'>;
  sessions!: EntityTable<SessionRecord, 'id'>;
  productSheets!: EntityTable<ProductSheetsRecord, 'id'>;
  productLogs!: EntityTable<ProductLogsRecord, 'id'>;
  sessionEvents!: EntityTable<SessionEventRecord, 'id'>;
  resultVersions!: EntityTable<ResultVersionRecord, 'id'>;

  constructor(name: string = WORKSPACE_DATABASES.main, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const step of SCHEMA_VERSIONS) {
      const version = this.version(step.version).stores(step.stores);
      if ('upgrade' in step) version.upgrade(step.upgrade);
    }
  }
}
