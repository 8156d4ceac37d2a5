import type { Choice } from '../../../../shared/domain/session/session-file.schema';
import { rowForKey, rowIndexOf, type SheetOption } from './sheet-options';

/** What a key press on the sheet does. The component carries it out; this module only decides. */
export type SheetAction =
  /** Report a choice; `advance` moves on to the next criterion (or the first one left, after the last). */
  | { readonly kind: 'choose'; readonly choice: Choice; readonly advance: boolean }
  /** Back to "not yet scored". */
  | { readonly kind: 'clear' }
  /** Focus criterion `index`. */
  | { readonly kind: 'focus'; readonly index: number }
  /** Leave the criteria for the comment field (moving on from the last criterion). */
  | { readonly kind: 'comment' }
  | { readonly kind: 'next-unanswered' }
  /** Submit when complete; else show the first criterion left and say how many remain. */
  | { readonly kind: 'submit' }
  /** Handled, nothing to do (e.g. ↑ on the first criterion): the browser's own action is suppressed. */
  | { readonly kind: 'stay' };

/** The parts of a keyboard event the mapping reads (a KeyboardEvent fits). */
export interface KeyInput {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/** Where the focus is: criterion `index` of `count`, its rows and its current answer. */
export interface KeyContext {
  readonly index: number;
  readonly count: number;
  readonly rows: readonly SheetOption[];
  readonly choice: Choice | undefined;
}

/** The key that jumps to the next criterion not yet scored. */
export const NEXT_UNANSWERED_KEY = 'n';

/** Ctrl+Enter (⌘+Enter on a Mac) submits from anywhere in the sheet, the comment field included. */
export function isSubmitKey(input: KeyInput): boolean {
  return input.key === 'Enter' && (input.ctrlKey || input.metaKey) && !input.altKey;
}

/**
 * The digit a key stands for: the character typed, or the physical key on layouts where the digit row
 * needs Shift (AZERTY); numpad digits arrive as digits.
 */
function digitOf(input: KeyInput): string | null {
  if (/^\d$/.test(input.key)) return input.key;
  const match = /^(?:Digit|Numpad)(\d)$/.exec(input.code ?? '');
  return match?.[1] ?? null;
}

function move(context: KeyContext, by: 1 | -1): SheetAction {
  const index = context.index + by;
  if (index < 0) return { kind: 'stay' };
  if (index >= context.count) return by === 1 ? { kind: 'comment' } : { kind: 'stay' };
  return { kind: 'focus', index };
}

/** ← → step through the rows of the focused criterion and choose (a radio group's arrows), without moving on. */
function step(context: KeyContext, by: 1 | -1): SheetAction {
  const current = rowIndexOf(context.rows, context.choice);
  const target = current === -1 ? (by === 1 ? 0 : context.rows.length - 1) : current + by;
  const row = context.rows[target];
  return row ? { kind: 'choose', choice: row.choice, advance: false } : { kind: 'stay' };
}

/**
 * The action of a key pressed while criterion `context.index` has the focus, or null to leave the key to
 * the browser. Keys: 1–9 pick the row with that key and move on, 0 picks "none applies" and moves on,
 * Backspace/Delete clear, ↑ ↓ Tab Shift+Tab Enter Home End move, ← → step through the rows,
 * N jumps to the next criterion not yet scored, Ctrl+Enter submits.
 *
 * @example criterionKeyAction({ key: '2', … }, { index: 0, count: 32, rows, choice: undefined })
 *   → { kind: 'choose', choice: 1, advance: true }
 */
export function criterionKeyAction(input: KeyInput, context: KeyContext): SheetAction | null {
  if (isSubmitKey(input)) return { kind: 'submit' };
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  switch (input.key) {
    case 'ArrowDown':
    case 'Enter':
      return move(context, 1);
    case 'ArrowUp':
      return move(context, -1);
    case 'Tab':
      if (input.shiftKey) return context.index > 0 ? { kind: 'focus', index: context.index - 1 } : null;
      return context.index < context.count - 1 ? { kind: 'focus', index: context.index + 1 } : null;
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: context.count - 1 };
    case 'ArrowRight':
      return step(context, 1);
    case 'ArrowLeft':
      return step(context, -1);
    case 'Backspace':
    case 'Delete':
      return context.choice === undefined ? { kind: 'stay' } : { kind: 'clear' };
  }
  if (input.key.toLowerCase() === NEXT_UNANSWERED_KEY) return { kind: 'next-unanswered' };
  const digit = digitOf(input);
  if (digit === null) return null;
  const row = rowForKey(context.rows, digit);
  return row ? { kind: 'choose', choice: row.choice, advance: true } : { kind: 'stay' };
}
