import type { Choice } from '../../../../shared/domain/session/session-file.schema';
import { sameChoice } from './sheet-options';

type Choices = Readonly<Record<string, Choice>>;

function answered(choices: Choices, id: string): boolean {
  return Object.hasOwn(choices, id);
}

/**
 * The index of the next criterion not yet scored after `from`, wrapping round to the start; null when
 * every criterion is answered. "None applies" (null) is an answer.
 *
 * @example nextUnanswered(['A-1.1', 'A-1.2', 'A-1.3'], { 'A-1.2': null }, 1) → 2
 */
export function nextUnanswered(ids: readonly string[], choices: Choices, from: number): number | null {
  for (let step = 1; step <= ids.length; step += 1) {
    const index = (from + step) % ids.length;
    const id = ids[index];
    if (id !== undefined && !answered(choices, id)) return index;
  }
  return null;
}

/** The index of the first criterion not yet scored, or null when every criterion is answered. */
export function firstUnanswered(ids: readonly string[], choices: Choices): number | null {
  return nextUnanswered(ids, choices, ids.length - 1);
}

/**
 * Double entry: the criteria this entry has answered differently from the other typist's, in form order.
 * A criterion this entry has not answered yet is not a mismatch (the typist has not reached it), so the
 * other entry's values stay hidden until this entry's own answer is typed.
 *
 * @example mismatchedCriteria(['A-1.1', 'A-1.2'], { 'A-1.1': 2, 'A-1.2': null }, { 'A-1.1': 2, 'A-1.2': 0 })
 *   → ['A-1.2']
 */
export function mismatchedCriteria(
  ids: readonly string[],
  choices: Choices,
  compareWith: Choices | undefined,
): string[] {
  if (compareWith === undefined) return [];
  return ids.filter(
    (id) => answered(choices, id) && (!answered(compareWith, id) || !sameChoice(choices[id], compareWith[id])),
  );
}

/** Where a sheet stands: what is left to score, what differs from the other entry, whether it may be submitted. */
export interface SheetProgress {
  readonly remaining: number;
  readonly mismatches: readonly string[];
  readonly canSubmit: boolean;
}

export function sheetProgress(
  ids: readonly string[],
  choices: Choices,
  compareWith: Choices | undefined,
): SheetProgress {
  const remaining = ids.filter((id) => !answered(choices, id)).length;
  const mismatches = mismatchedCriteria(ids, choices, compareWith);
  return { remaining, mismatches, canSubmit: remaining === 0 && mismatches.length === 0 };
}
