import type { z } from 'zod';
import type { DomainIssue } from '../../../shared/domain/issues/domain-issue';
import { issuesFromZod } from '../../../shared/domain/issues/from-zod';
import type { CouncilDb } from './council-db';

/** What every repository needs: the database, the clock and an id source (tests pass their own). */
export interface RepositoryContext {
  readonly db: CouncilDb;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** A write that may be refused: the record as stored, or every problem with the input (nothing written). */
export type SaveResult<T> = { ok: true; value: T } | { ok: false; issues: DomainIssue[] };

/** Checks a record against its schema before it is written. */
export function validated<S extends z.ZodType>(schema: S, record: unknown): SaveResult<z.output<S>> {
  const parsed = schema.safeParse(record);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error) };
}

export function refused<T>(issues: DomainIssue[]): SaveResult<T> {
  return { ok: false, issues };
}
