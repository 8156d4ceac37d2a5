import { ArchiveRepository } from './archive.repository';
import { CertificatesRepository } from './certificates.repository';
import { CouncilRepository } from './council.repository';
import { CouncilDb, WORKSPACE_DATABASES, type WorkspaceName } from './council-db';
import { DossiersRepository } from './dossiers.repository';
import { ExchangeRepository } from './exchange.repository';
import { MembersRepository } from './members.repository';
import { PlanRepository } from './plan.repository';
import { ProducersRepository } from './producers.repository';
import { ProductsRepository } from './products.repository';
import type { RepositoryContext } from './repository-context';
import { RoundsRepository } from './rounds.repository';
import { SessionsRepository } from './sessions.repository';
import { SettingsRepository } from './settings.repository';
import { SheetsRepository } from './sheets.repository';

/** The app's repositories over one workspace database; features receive these, never Dexie itself. */
export interface Repositories {
  readonly workspace: WorkspaceName;
  readonly settings: SettingsRepository;
  readonly council: CouncilRepository;
  readonly members: MembersRepository;
  readonly producers: ProducersRepository;
  readonly products: ProductsRepository;
  readonly dossiers: DossiersRepository;
  readonly rounds: RoundsRepository;
  readonly certificates: CertificatesRepository;
  readonly plan: PlanRepository;
  readonly sessions: SessionsRepository;
  readonly sheets: SheetsRepository;
  /** Data in bulk: the Excel import and the export's records. */
  readonly exchange: ExchangeRepository;
  /** The workspace as a whole: every table at once (archive export), restore and merge. */
  readonly archive: ArchiveRepository;
  /** Closes the database (switching workspaces). */
  close(): void;
}

export function repositoriesFor(ctx: RepositoryContext, workspace: WorkspaceName = 'main'): Repositories {
  const sessions = new SessionsRepository(ctx);
  return {
    workspace,
    settings: new SettingsRepository(ctx.db),
    council: new CouncilRepository(ctx),
    members: new MembersRepository(ctx),
    producers: new ProducersRepository(ctx),
    products: new ProductsRepository(ctx),
    dossiers: new DossiersRepository(ctx),
    rounds: new RoundsRepository(ctx),
    certificates: new CertificatesRepository(ctx),
    plan: new PlanRepository(ctx),
    sessions,
    sheets: new SheetsRepository(ctx, sessions),
    exchange: new ExchangeRepository(ctx),
    archive: new ArchiveRepository(ctx),
    close: () => ctx.db.close(),
  };
}

/** Opens a workspace's database in the browser, with the real clock and random ids. */
export function openRepositories(workspace: WorkspaceName = 'main'): Repositories {
  const db = new CouncilDb(WORKSPACE_DATABASES[workspace]);
  return repositoriesFor({ db, now: () => new Date(), newId: () => crypto.randomUUID() }, workspace);
}
