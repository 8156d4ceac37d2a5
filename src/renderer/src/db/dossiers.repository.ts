import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import { issue } from '../../../shared/domain/issues/domain-issue';
import type { Attempt } from '../../../shared/domain/session/session-file.schema';
import {
  dossierSchema,
  dossierStatus,
  type Dossier,
  type DossierStatus,
  type PrecheckOutcome,
} from '../../../shared/domain/workspace/dossier.schema';
import { refused, validated, type RepositoryContext, type SaveResult } from './repository-context';

/** What the dossier form edits; the pre-check, evaluation and history have their own steps. */
export type DossierInput = Pick<
  Dossier,
  'productId' | 'year' | 'attempt' | 'receivedOn' | 'roundId' | 'forms' | 'evidence' | 'samples'
> & { id?: string | undefined };

export interface PrecheckInput {
  readonly outcome: Exclude<PrecheckOutcome, 'pending'>;
  readonly on: IsoDate;
  readonly notes: string;
}

export interface DossierFilters {
  readonly year?: number | undefined;
  readonly productId?: string | undefined;
  readonly status?: DossierStatus | undefined;
}

const STATUS_OF_OUTCOME: Readonly<Record<PrecheckInput['outcome'], DossierStatus>> = {
  complete: 'complete',
  returned: 'returned',
  disqualified: 'disqualified',
};

/** Dossiers, their pre-check and their history (append-only). */
export class DossiersRepository {
  constructor(private readonly ctx: RepositoryContext) {}

  async get(id: string): Promise<Dossier | null> {
    return (await this.ctx.db.dossiers.get(id)) ?? null;
  }

  async list(filters: DossierFilters = {}): Promise<Dossier[]> {
    const { dossiers } = this.ctx.db;
    const base =
      filters.productId !== undefined
        ? dossiers.where('productId').equals(filters.productId)
        : filters.year !== undefined
          ? dossiers.where('year').equals(filters.year)
          : dossiers.toCollection();
    const found = await base
      .filter(
        (d) =>
          (filters.year === undefined || d.year === filters.year) &&
          (filters.status === undefined || dossierStatus(d) === filters.status),
      )
      .toArray();
    return found.sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  }

  async count(): Promise<number> {
    return this.ctx.db.dossiers.count();
  }

  /**
   * Dossiers of some attempts over a span of years (both ends included), through the [year+attempt] index:
   * one plain index read per year and attempt, no scan (the dashboard follows re-evaluations and upgrades).
   */
  async listByAttempts(attempts: readonly Attempt[], fromYear: number, toYear: number): Promise<Dossier[]> {
    const keys: [number, Attempt][] = [];
    for (let year = fromYear; year <= toYear; year += 1) for (const attempt of attempts) keys.push([year, attempt]);
    const found = await Promise.all(
      keys.map((key) => this.ctx.db.dossiers.where('[year+attempt]').equals(key).toArray()),
    );
    return found.flat();
  }

  /** The years that have dossiers, newest first. */
  async years(): Promise<number[]> {
    const keys = await this.ctx.db.dossiers.orderBy('year').uniqueKeys();
    return keys.map(Number).sort((a, b) => b - a);
  }

  /** Records a dossier as received, or updates what was received (forms, evidence, samples). */
  async save(input: DossierInput): Promise<SaveResult<Dossier>> {
    const existing = input.id ? await this.get(input.id) : null;
    if (input.id && !existing) return refused([issue('form.notFound', ['id'])]);
    const product = input.productId === '' ? undefined : await this.ctx.db.products.get(input.productId);
    const now = this.ctx.now().toISOString();
    const result = validated(dossierSchema, {
      ...input,
      id: existing?.id ?? this.ctx.newId(),
      precheck: existing?.precheck ?? { outcome: 'pending', on: null, notes: '' },
      evaluation: existing?.evaluation ?? null,
      history: existing?.history ?? [{ status: 'received', on: input.receivedOn, note: '' }],
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    // Every problem at once: a missing product beside whatever else is wrong with the form, and each
    // once: the first history step is derived from the received date, which already says it is wrong.
    const issues = result.ok
      ? []
      : result.issues.filter((found) => !['productId', 'history'].includes(String(found.path[0])));
    if (!product) return refused([issue('form.productMissing', ['productId']), ...issues]);
    if (result.ok) await this.ctx.db.dossiers.put(result.value);
    return result;
  }

  /**
   * The helper group's pre-check: complete, returned for completion (what to complete), or disqualified
   * (why). A dossier returned earlier and now complete is recorded as resubmitted, then complete.
   */
  async precheck(id: string, input: PrecheckInput): Promise<SaveResult<Dossier>> {
    const existing = await this.get(id);
    if (!existing) return refused([issue('form.notFound', ['id'])]);
    if (existing.evaluation !== null) return refused([issue('form.alreadyEvaluated', ['precheck'])]);
    const history = [...existing.history];
    if (dossierStatus(existing) === 'returned' && input.outcome !== 'returned') {
      history.push({ status: 'resubmitted', on: input.on, note: '' });
    }
    history.push({ status: STATUS_OF_OUTCOME[input.outcome], on: input.on, note: input.notes });
    const result = validated(dossierSchema, {
      ...existing,
      precheck: { outcome: input.outcome, on: input.on, notes: input.notes },
      history,
      updatedAt: this.ctx.now().toISOString(),
    });
    if (!result.ok) {
      // The new history steps repeat the pre-check's date and notes: report each problem once, at the
      // pre-check. The schema checks the reason only once the date is right; say both at once.
      const issues = result.issues.filter((found) => found.path[0] !== 'history');
      const reasonMissing = input.outcome !== 'complete' && input.notes.trim() === '';
      const reported = issues.some((found) => found.key === 'form.precheckNotes');
      return refused(
        reasonMissing && !reported ? [...issues, issue('form.precheckNotes', ['precheck', 'notes'])] : issues,
      );
    }
    await this.ctx.db.dossiers.put(result.value);
    return result;
  }

  /** The council's result for the dossier (from a finalised session, or a result recorded from paper). */
  async recordEvaluation(id: string, evaluation: NonNullable<Dossier['evaluation']>): Promise<SaveResult<Dossier>> {
    const existing = await this.get(id);
    if (!existing) return refused([issue('form.notFound', ['id'])]);
    if (existing.precheck.outcome !== 'complete') return refused([issue('form.notPrechecked', ['precheck'])]);
    const result = validated(dossierSchema, {
      ...existing,
      evaluation,
      history: [...existing.history, { status: 'evaluated', on: evaluation.on, note: '' }],
      updatedAt: this.ctx.now().toISOString(),
    });
    if (result.ok) await this.ctx.db.dossiers.put(result.value);
    return result;
  }
}
