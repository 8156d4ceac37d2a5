import { planTargetSchema, type PlanTarget } from '../../../shared/domain/workspace/plan-target.schema';
import { validated, type RepositoryContext, type SaveResult } from './repository-context';

/** The year's plan targets. */
export class PlanRepository {
  constructor(private readonly ctx: RepositoryContext) {}

  async get(year: number): Promise<PlanTarget | null> {
    return (await this.ctx.db.planTargets.get(year)) ?? null;
  }

  async years(): Promise<number[]> {
    return (await this.ctx.db.planTargets.toCollection().primaryKeys()).sort((a, b) => b - a);
  }

  async save(input: Omit<PlanTarget, 'updatedAt'>): Promise<SaveResult<PlanTarget>> {
    const result = validated(planTargetSchema, { ...input, updatedAt: this.ctx.now().toISOString() });
    if (result.ok) await this.ctx.db.planTargets.put(result.value);
    return result;
  }
}
