import { useTranslation } from 'react-i18next';
import type { RubricCriterion } from '../../../../shared/domain/rubric/rubric-pack.schema';
import { starLevelMetBy } from '../../../../shared/domain/rubric/star-requirements';
import { StarMarker } from '../../components/StarMarker';
import { OptionText } from '../../components/RubricCriterion';
import type { SheetOption } from './sheet-options';

/** Whether any star level sets a minimum on this criterion (then each row says which level it meets). */
export function hasStarRequirements(criterion: Pick<RubricCriterion, 'minPointsForStar'>): boolean {
  return Object.values(criterion.minPointsForStar).some((points) => points !== undefined);
}

function StarMet({ criterion, points }: { criterion: RubricCriterion; points: number }) {
  const { t } = useTranslation();
  const level = starLevelMetBy(criterion, points);
  return level === null ? (
    <span className="sheet-star-met below" title={t('scoring.option.starBelowAria')}>
      {t('scoring.option.starBelow')}
    </span>
  ) : (
    <span className="sheet-star-met" title={t('scoring.option.starMetAria', { stars: level })}>
      {t('scoring.option.starMet', { stars: level })}
    </span>
  );
}

/**
 * One pickable row: a native radio (keyboard and screen readers), its key, text, star marker, the star
 * level it meets and its points. The whole row is the click target.
 */
export function SheetOptionRow({
  criterion,
  row,
  name,
  chosen,
  tabbable,
  isOther,
  readOnly,
  onPick,
}: {
  criterion: RubricCriterion;
  row: SheetOption;
  name: string;
  chosen: boolean;
  tabbable: boolean;
  /** The other entry (double entry) chose this row, and this entry differs. */
  isOther: boolean;
  readOnly: boolean;
  onPick: (row: SheetOption) => void;
}) {
  const { t } = useTranslation();
  const label =
    row.option === null
      ? t('scoring.option.noneAria')
      : row.variant
        ? t('scoring.option.variantAria', {
            variant: row.variant.id,
            number: row.number,
            text: row.option.text,
            points: row.points,
          })
        : t('scoring.option.aria', { number: row.number, text: row.option.text, points: row.points });
  const classes = ['sheet-option', chosen ? 'is-chosen' : '', isOther ? 'is-other' : '', row.option ? '' : 'is-none'];
  return (
    <label className={classes.filter(Boolean).join(' ')}>
      <input
        type="radio"
        className="visually-hidden"
        name={name}
        checked={chosen}
        disabled={readOnly}
        tabIndex={tabbable ? 0 : -1}
        aria-label={label}
        onChange={() => onPick(row)}
      />
      <kbd className="sheet-key" aria-hidden="true">
        {readOnly ? '' : (row.key ?? '')}
      </kbd>
      <span className="sheet-box" aria-hidden="true" />
      {row.option ? <OptionText option={row.option} /> : <span>{t('rubric.noneApplies')}</span>}
      <span className="sheet-marks">
        {isOther ? <span className="badge sheet-other">{t('scoring.compare.other')}</span> : null}
        {row.option?.marker ? <StarMarker stars={row.option.marker} /> : null}
        {hasStarRequirements(criterion) ? <StarMet criterion={criterion} points={row.points} /> : null}
      </span>
      <span className="option-points">{t('rubric.pointsShort', { points: row.points })}</span>
    </label>
  );
}
