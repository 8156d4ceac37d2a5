import { useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { compileSet } from '../../../../shared/domain/scoring/compiled-set';
import { scoreSheet } from '../../../../shared/domain/scoring/score-sheet';
import type { Choice } from '../../../../shared/domain/session/session-file.schema';
import type { ScoringSheetProps } from './scoring-sheet.types';
import { SheetCriterion } from './SheetCriterion';
import { sheetOptions } from './sheet-options';
import { sheetProgress } from './sheet-progress';
import { SheetParts, partMaxima } from './SheetParts';
import { SheetSummary } from './SheetSummary';
import { useSheetKeyboard } from './useSheetKeyboard';
import './scoring.css';

/**
 * A member's scoring sheet for one product: the set's form as the pack has it, keyboard first (a digit
 * per criterion), live part totals, a comment, and submit once every criterion is answered. Controlled:
 * every change goes straight to `onChoose` / `onComment`; nothing is kept or saved here.
 */
export function ScoringSheet({
  set,
  choices,
  comment,
  onChoose,
  onComment,
  onSubmit,
  readOnly: sealed = false,
  compareWith,
  header,
  autoFocus = false,
}: ScoringSheetProps) {
  const { t } = useTranslation();
  // A form that does not add up (148 sets 11–13) is shown, never scored.
  const readOnly = sealed || !set.complete;
  const namePrefix = useId();
  const compiled = useMemo(() => compileSet(set), [set]);
  const ids = useMemo(() => set.criteria.map((criterion) => criterion.id), [set]);
  const rowsById = useMemo(() => new Map(set.criteria.map((c) => [c.id, sheetOptions(c)] as const)), [set]);
  const partMax = useMemo(() => partMaxima(set), [set]);
  const score = scoreSheet(compiled, choices);
  const progress = sheetProgress(ids, choices, compareWith);
  const { rootRef, commentRef, active, message, onKeyDown, onFocus, submit } = useSheetKeyboard({
    ids,
    rowsById,
    choices,
    progress,
    readOnly,
    autoFocus,
    onChoose,
    onSubmit,
  });
  // The criteria are memoised: give them one callback for good, whatever the parent passes.
  const latestChoose = useRef(onChoose);
  useLayoutEffect(() => {
    latestChoose.current = onChoose;
  });
  const onPick = useCallback((id: string, choice: Choice) => latestChoose.current(id, choice), []);
  const mismatched = new Set(progress.mismatches);

  return (
    <section
      ref={rootRef}
      className={`scoring-sheet${readOnly ? ' is-read-only' : ''}`}
      aria-label={t('scoring.sheetLabel', { no: set.no, name: set.name })}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {header ? <div className="sheet-header">{header}</div> : null}
      {set.complete ? null : <Notice tone="warning" title={t('rubric.incompleteTitle')} />}
      <SheetSummary
        score={score}
        partMax={partMax}
        count={ids.length}
        progress={progress}
        comparing={compareWith !== undefined}
        readOnly={readOnly}
        sealed={sealed}
        message={message}
        onSubmit={submit}
      />
      <SheetParts
        set={set}
        partPoints={score.parts}
        partMax={partMax}
        renderCriterion={(criterion, index) => (
          <SheetCriterion
            criterion={criterion}
            index={index}
            rows={rowsById.get(criterion.id) ?? []}
            choice={Object.hasOwn(choices, criterion.id) ? choices[criterion.id] : undefined}
            mismatch={mismatched.has(criterion.id) ? { other: compareWith?.[criterion.id] } : undefined}
            active={!readOnly && index === active}
            readOnly={readOnly}
            namePrefix={namePrefix}
            onPick={onPick}
          />
        )}
      />
      <div className="sheet-comment form-field">
        <label htmlFor={`${namePrefix}-comment`}>{t('scoring.comment')}</label>
        <textarea
          ref={commentRef}
          id={`${namePrefix}-comment`}
          rows={4}
          value={comment}
          readOnly={readOnly}
          onChange={(event) => onComment(event.target.value)}
        />
        {readOnly ? null : <span className="field-hint">{t('scoring.commentHint')}</span>}
      </div>
    </section>
  );
}
