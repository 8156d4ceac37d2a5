import { councilSchema, type Council, type CouncilInput } from '../../../shared/domain/workspace/council.schema';
import { validated, type RepositoryContext, type SaveResult } from './repository-context';

/** The workspace's council (one per workspace). */
export class CouncilRepository {
  constructor(private readonly ctx: RepositoryContext) {}

  async current(): Promise<Council | null> {
    return (await this.ctx.db.councils.toCollection().first()) ?? null;
  }

  /** Creates the council, or updates the existing one. */
  async save(input: CouncilInput): Promise<SaveResult<Council>> {
    const existing = await this.current();
    const now = this.ctx.now().toISOString();
    const result = validated(councilSchema, {
      ...input,
      id: existing?.id ?? this.ctx.newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    if (result.ok) await this.ctx.db.councils.put(result.value);
    return result;
  }
}
