import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricCriterion } from '../../../../shared/domain/rubric/rubric-pack.schema';
import type { Choice } from '../../../../shared/domain/session/session-file.schema';
import { CriterionHead } from '../../components/RubricCriterion';
import { rowIndexOf, sameChoice, variantKeyRange, type SheetOption } from './sheet-options';
import { SheetOptionRow } from './SheetOptionRow';

export interface SheetCriterionProps {
  readonly criterion: RubricCriterion;
  readonly index: number;
  readonly rows: readonly SheetOption[];
  readonly choice: Choice | undefined;
  /** The other entry's answer when this entry's answer differs from it (double entry), else absent. */
  readonly mismatch?: { readonly other: Choice | undefined };
  /** The criterion holding the sheet's focus (roving tabindex: only its radio is in the tab order). */
  readonly active: boolean;
  readonly readOnly: boolean;
  /** Prefix of the radio names, unique per sheet on the page. */
  readonly namePrefix: string;
  readonly onPick: (criterionId: string, choice: Choice) => void;
}

/** "Not yet scored", "0 points · none applies" or the points: three looks that cannot be confused. */
function AnswerStatus({ rows, choice }: { rows: readonly SheetOption[]; choice: Choice | undefined }) {
  const { t } = useTranslation();
  if (choice === undefined) return <span className="sheet-status is-empty">{t('scoring.status.notScored')}</span>;
  if (choice === null) return <span className="sheet-status is-none">{t('scoring.status.none')}</span>;
  const row = rows[rowIndexOf(rows, choice)];
  return <span className="sheet-status is-scored">{t('scoring.status.points', { points: row?.points ?? 0 })}</span>;
}

function useDescribeChoice(rows: readonly SheetOption[]): (choice: Choice | undefined) => string {
  const { t } = useTranslation();
  return (choice) => {
    if (choice === undefined) return t('scoring.compare.absent');
    if (choice === null) return t('scoring.compare.none');
    const row = rows[rowIndexOf(rows, choice)];
    if (!row) return JSON.stringify(choice);
    return row.variant
      ? t('scoring.compare.variantChoice', { variant: row.variant.id, number: row.number, points: row.points })
      : t('scoring.compare.choice', { number: row.number, points: row.points });
  };
}

/**
 * One criterion of the sheet: a radio group of its options (per variant list for the tourism criteria)
 * and "none applies", its answer beside the heading, and, in double entry, both values when they differ.
 */
export const SheetCriterion = memo(function SheetCriterion({
  criterion,
  index,
  rows,
  choice,
  mismatch,
  active,
  readOnly,
  namePrefix,
  onPick,
}: SheetCriterionProps) {
  const { t } = useTranslation();
  const describe = useDescribeChoice(rows);
  const labelId = `${namePrefix}-label-${criterion.id}`;
  const chosenIndex = rowIndexOf(rows, choice);
  // The radio that takes the focus: the chosen one, else the first.
  const focusIndex = Math.max(chosenIndex, 0);
  const renderRow = (row: SheetOption) => {
    const rowIndex = rows.indexOf(row);
    return (
      <SheetOptionRow
        key={rowIndex}
        criterion={criterion}
        row={row}
        name={`${namePrefix}-${criterion.id}`}
        chosen={rowIndex === chosenIndex}
        tabbable={active && rowIndex === focusIndex}
        isOther={mismatch !== undefined && sameChoice(mismatch.other, row.choice)}
        readOnly={readOnly}
        onPick={(picked) => onPick(criterion.id, picked.choice)}
      />
    );
  };
  const state = choice === undefined ? 'is-empty' : choice === null ? 'is-none' : 'is-scored';
  const classes = ['criterion', 'sheet-criterion', state, active ? 'is-active' : '', mismatch ? 'is-mismatch' : ''];
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelId}
      aria-readonly={readOnly || undefined}
      className={classes.filter(Boolean).join(' ')}
      data-criterion={criterion.id}
      data-sheet-index={index}
    >
      <CriterionHead
        criterion={criterion}
        labelId={labelId}
        aside={
          <>
            {mismatch ? <span className="sheet-status is-mismatch">{t('scoring.compare.mismatch')}</span> : null}
            <AnswerStatus rows={rows} choice={choice} />
          </>
        }
      />
      {mismatch ? (
        <p className="sheet-mismatch">
          {t('scoring.compare.line', { other: describe(mismatch.other), mine: describe(choice) })}
        </p>
      ) : null}
      {criterion.variants ? (
        <>
          <p className="criterion-max">{t('rubric.chooseVariant')}</p>
          {criterion.variants.map((variant) => {
            const keys = readOnly ? null : variantKeyRange(rows, variant.id);
            return (
              <div className="variant" key={variant.id}>
                <div className="variant-title">
                  {t('rubric.variant', { id: variant.id })}: {variant.text}
                  {keys ? (
                    <span className="sheet-variant-keys">
                      {keys.from === keys.to
                        ? t('scoring.option.variantKey', { from: keys.from })
                        : t('scoring.option.variantKeys', keys)}
                    </span>
                  ) : null}
                </div>
                <div className="sheet-options">{rows.filter((row) => row.variant === variant).map(renderRow)}</div>
              </div>
            );
          })}
        </>
      ) : (
        <div className="sheet-options">{rows.filter((row) => row.option !== null).map(renderRow)}</div>
      )}
      <div className="sheet-options">{rows.filter((row) => row.option === null).map(renderRow)}</div>
    </div>
  );
});
