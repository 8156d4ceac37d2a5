import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice } from '../../../../shared/domain/session/session-file.schema';
import { criterionKeyAction, isSubmitKey, type SheetAction } from './sheet-keys';
import { rowIndexOf, type SheetOption } from './sheet-options';
import { firstUnanswered, nextUnanswered, type SheetProgress } from './sheet-progress';

type Choices = Readonly<Record<string, Choice>>;

interface SheetKeyboardInput {
  readonly ids: readonly string[];
  readonly rowsById: ReadonlyMap<string, readonly SheetOption[]>;
  readonly choices: Choices;
  readonly progress: SheetProgress;
  readonly readOnly: boolean;
  readonly autoFocus: boolean;
  readonly onChoose: (criterionId: string, choice: Choice | undefined) => void;
  readonly onSubmit: () => void;
}

function answerOf(choices: Choices, id: string): Choice | undefined {
  return Object.hasOwn(choices, id) ? choices[id] : undefined;
}

function criterionBox(root: HTMLElement | null, index: number): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-sheet-index="${index}"]`) ?? null;
}

/** Focuses a radio of criterion `index` (row `row`, else the chosen one, else the first) and shows it. */
function focusCriterion(root: HTMLElement | null, index: number, row?: number): void {
  const box = criterionBox(root, index);
  if (!box) return;
  const radios = box.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  const radio =
    (row === undefined ? null : radios[row]) ?? box.querySelector<HTMLInputElement>('input:checked') ?? radios[0];
  radio?.focus({ preventScroll: true });
  box.scrollIntoView({ block: 'nearest' });
}

/**
 * The sheet's keyboard: which criterion holds the focus (roving tabindex), what each key does
 * (`criterionKeyAction`), and the message of the last refused action for the live region.
 */
export function useSheetKeyboard(input: SheetKeyboardInput) {
  const { ids, rowsById, choices, progress, readOnly, autoFocus, onChoose, onSubmit } = input;
  const { t } = useTranslation();
  const rootRef = useRef<HTMLElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [active, setActive] = useState(() => firstUnanswered(ids, choices) ?? 0);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (autoFocus && !readOnly) focusCriterion(rootRef.current, firstUnanswered(ids, choices) ?? 0);
    // Only when the sheet opens: later answers must not pull the focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const moveTo = (index: number) => {
    setActive(index);
    focusCriterion(rootRef.current, index);
  };

  const submit = () => {
    if (progress.canSubmit) {
      setMessage('');
      onSubmit();
      return;
    }
    const firstLeft = firstUnanswered(ids, choices);
    if (firstLeft !== null) {
      moveTo(firstLeft);
      setMessage(t('scoring.announce.remaining', { count: progress.remaining }));
      return;
    }
    const firstMismatch = ids.indexOf(progress.mismatches[0] ?? '');
    if (firstMismatch >= 0) moveTo(firstMismatch);
    setMessage(t('scoring.announce.mismatch', { count: progress.mismatches.length }));
  };

  const run = (action: SheetAction, index: number, id: string, rows: readonly SheetOption[]) => {
    switch (action.kind) {
      case 'choose': {
        onChoose(id, action.choice);
        setMessage('');
        if (!action.advance) return focusCriterion(rootRef.current, index, rowIndexOf(rows, action.choice));
        if (index + 1 < ids.length) return moveTo(index + 1);
        const left = nextUnanswered(ids, { ...choices, [id]: action.choice }, index);
        if (left !== null) return moveTo(left);
        return setMessage(t('scoring.announce.allScored'));
      }
      case 'clear':
        onChoose(id, undefined);
        return setMessage(t('scoring.announce.cleared', { id }));
      case 'focus':
        return moveTo(action.index);
      case 'comment': {
        commentRef.current?.focus({ preventScroll: true });
        return commentRef.current?.parentElement?.scrollIntoView({ block: 'nearest' });
      }
      case 'next-unanswered': {
        const left = nextUnanswered(ids, choices, index);
        return left === null ? setMessage(t('scoring.announce.allScored')) : moveTo(left);
      }
      case 'submit':
        return submit();
      case 'stay':
        return;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (readOnly) return;
    const box = (event.target as HTMLElement).closest<HTMLElement>('[data-sheet-index]');
    const index = box ? Number(box.dataset['sheetIndex']) : -1;
    const id = ids[index];
    const rows = id === undefined ? undefined : rowsById.get(id);
    if (id === undefined || rows === undefined) {
      // Outside the criteria (comment, buttons) only Ctrl+Enter is the sheet's.
      if (isSubmitKey(event)) {
        event.preventDefault();
        submit();
      }
      return;
    }
    const action = criterionKeyAction(event, { index, count: ids.length, rows, choice: answerOf(choices, id) });
    if (action === null) return;
    event.preventDefault();
    run(action, index, id, rows);
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const box = event.target.closest<HTMLElement>('[data-sheet-index]');
    if (box) setActive(Number(box.dataset['sheetIndex']));
  };

  // Past the end when the parent swapped in a shorter set without a new key: keep a criterion tabbable.
  return { rootRef, commentRef, active: Math.min(active, ids.length - 1), message, onKeyDown, onFocus, submit };
}
