import { describe, expect, it } from 'vitest';
import type { Choice } from '../../../../shared/domain/session/session-file.schema';
import { criterionKeyAction, isSubmitKey, type KeyInput } from './sheet-keys';
import { sheetOptions } from './sheet-options';
import { plainCriterion, variantCriterion } from './test-support';

const plainRows = sheetOptions(plainCriterion());
const variantRows = sheetOptions(variantCriterion());

function press(key: string, modifiers: Partial<KeyInput> = {}): KeyInput {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers };
}

function at(index: number, choice?: Choice, rows = plainRows, count = 32) {
  return { index, count, rows, choice };
}

describe('keys on a criterion', () => {
  it('picks the option with that digit and moves on', () => {
    expect(criterionKeyAction(press('2'), at(0))).toEqual({ kind: 'choose', choice: 1, advance: true });
  });

  it('picks "none applies" (0 points) with 0 and moves on', () => {
    expect(criterionKeyAction(press('0'), at(4, 2))).toEqual({ kind: 'choose', choice: null, advance: true });
  });

  it('picks a case and its option with one digit on a variant criterion', () => {
    expect(criterionKeyAction(press('3'), at(22, undefined, variantRows))).toEqual({
      kind: 'choose',
      choice: { variant: 'b', option: 0 },
      advance: true,
    });
  });

  it('ignores a digit with no option, keeping the key from the page', () => {
    expect(criterionKeyAction(press('7'), at(0))).toEqual({ kind: 'stay' });
  });

  it('reads the physical digit key on layouts whose digit row needs Shift', () => {
    expect(criterionKeyAction({ ...press('é'), code: 'Digit2' }, at(0))).toEqual({
      kind: 'choose',
      choice: 1,
      advance: true,
    });
    expect(criterionKeyAction({ ...press('1'), code: 'Numpad1' }, at(0))).toMatchObject({ choice: 0 });
  });

  it('clears back to "not yet scored" with Backspace or Delete', () => {
    expect(criterionKeyAction(press('Backspace'), at(3, null))).toEqual({ kind: 'clear' });
    expect(criterionKeyAction(press('Delete'), at(3, 1))).toEqual({ kind: 'clear' });
    expect(criterionKeyAction(press('Backspace'), at(3))).toEqual({ kind: 'stay' });
  });

  it('leaves keys with Ctrl, Alt or ⌘ to the browser, but for Ctrl+Enter', () => {
    expect(criterionKeyAction(press('1', { ctrlKey: true }), at(0))).toBeNull();
    expect(criterionKeyAction(press('r', { metaKey: true }), at(0))).toBeNull();
    expect(criterionKeyAction(press('Enter', { ctrlKey: true }), at(0))).toEqual({ kind: 'submit' });
    expect(criterionKeyAction(press('Enter', { metaKey: true }), at(0))).toEqual({ kind: 'submit' });
  });

  it('leaves Space (ticks the focused radio), Escape and letters to the browser', () => {
    expect(criterionKeyAction(press(' '), at(0))).toBeNull();
    expect(criterionKeyAction(press('Escape'), at(0))).toBeNull();
    expect(criterionKeyAction(press('x'), at(0))).toBeNull();
  });

  it('jumps to the next criterion not yet scored with N', () => {
    expect(criterionKeyAction(press('n'), at(5))).toEqual({ kind: 'next-unanswered' });
    expect(criterionKeyAction(press('N', { shiftKey: true }), at(5))).toEqual({ kind: 'next-unanswered' });
  });
});

describe('moving between criteria', () => {
  it('goes down with ↓ and Enter, up with ↑', () => {
    expect(criterionKeyAction(press('ArrowDown'), at(3))).toEqual({ kind: 'focus', index: 4 });
    expect(criterionKeyAction(press('Enter'), at(3))).toEqual({ kind: 'focus', index: 4 });
    expect(criterionKeyAction(press('ArrowUp'), at(3))).toEqual({ kind: 'focus', index: 2 });
  });

  it('stays on the first criterion with ↑ and leaves the last for the comment with ↓ or Enter', () => {
    expect(criterionKeyAction(press('ArrowUp'), at(0))).toEqual({ kind: 'stay' });
    expect(criterionKeyAction(press('ArrowDown'), at(31))).toEqual({ kind: 'comment' });
    expect(criterionKeyAction(press('Enter'), at(31))).toEqual({ kind: 'comment' });
  });

  it('moves with Tab and Shift+Tab, and lets them leave the sheet at either end', () => {
    expect(criterionKeyAction(press('Tab'), at(3))).toEqual({ kind: 'focus', index: 4 });
    expect(criterionKeyAction(press('Tab', { shiftKey: true }), at(3))).toEqual({ kind: 'focus', index: 2 });
    expect(criterionKeyAction(press('Tab'), at(31))).toBeNull();
    expect(criterionKeyAction(press('Tab', { shiftKey: true }), at(0))).toBeNull();
  });

  it('goes to the first and last criterion with Home and End', () => {
    expect(criterionKeyAction(press('Home'), at(7))).toEqual({ kind: 'focus', index: 0 });
    expect(criterionKeyAction(press('End'), at(7))).toEqual({ kind: 'focus', index: 31 });
  });
});

describe('stepping through the options with ← →', () => {
  it('chooses the first option from "not yet scored" with →, "none applies" with ←', () => {
    expect(criterionKeyAction(press('ArrowRight'), at(0))).toEqual({ kind: 'choose', choice: 0, advance: false });
    expect(criterionKeyAction(press('ArrowLeft'), at(0))).toEqual({ kind: 'choose', choice: null, advance: false });
  });

  it('steps from the current answer and stops at the ends', () => {
    expect(criterionKeyAction(press('ArrowRight'), at(0, 1))).toEqual({ kind: 'choose', choice: 2, advance: false });
    expect(criterionKeyAction(press('ArrowRight'), at(0, 2))).toEqual({ kind: 'choose', choice: null, advance: false });
    expect(criterionKeyAction(press('ArrowRight'), at(0, null))).toEqual({ kind: 'stay' });
    expect(criterionKeyAction(press('ArrowLeft'), at(0, 0))).toEqual({ kind: 'stay' });
  });

  it('steps across the variant lists', () => {
    const choice = { variant: 'a', option: 1 };
    expect(criterionKeyAction(press('ArrowRight'), at(0, choice, variantRows))).toEqual({
      kind: 'choose',
      choice: { variant: 'b', option: 0 },
      advance: false,
    });
  });
});

describe('the submit key', () => {
  it('is Ctrl+Enter or ⌘+Enter, not Enter or Alt+Ctrl+Enter', () => {
    expect(isSubmitKey(press('Enter', { ctrlKey: true }))).toBe(true);
    expect(isSubmitKey(press('Enter', { metaKey: true }))).toBe(true);
    expect(isSubmitKey(press('Enter'))).toBe(false);
    expect(isSubmitKey(press('Enter', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
