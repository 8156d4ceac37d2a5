import { issue } from '../../../shared/domain/issues/domain-issue';
import { roundSchema, type Round } from '../../../shared/domain/workspace/round.schema';
import { refused, validated, type RepositoryContext, type SaveResult } from './repository-context';

export type RoundInput = Omit<Round, 'id' | 'createdAt' | 'updatedAt'> & { id?: string | undefined };

/** Evaluation rounds of each year. */
export class RoundsRepository {
  constructor(private readonly ctx: RepositoryContext) {}

  async list(year?: number): Promise<Round[]> {
    const rounds =
      year === undefined
        ? await this.ctx.db.rounds.toArray()
        : await this.ctx.db.rounds.where('year').equals(year).toArray();
    return rounds.sort((a, b) => a.year - b.year || a.number - b.number);
  }

  async save(input: RoundInput): Promise<SaveResult<Round>> {
    const existing = input.id ? await this.ctx.db.rounds.get(input.id) : undefined;
    if (input.id && !existing) return refused([issue('form.notFound', ['id'])]);
    const same = await this.ctx.db.rounds.where('[year+number]').equals([input.year, input.number]).first();
    if (same && same.id !== input.id) {
      return refused([issue('form.roundTaken', ['number'], { year: input.year, number: input.number })]);
    }
    const now = this.ctx.now().toISOString();
    const result = validated(roundSchema, {
      ...input,
      id: existing?.id ?? this.ctx.newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    if (result.ok) await this.ctx.db.rounds.put(result.value);
    return result;
  }
}
