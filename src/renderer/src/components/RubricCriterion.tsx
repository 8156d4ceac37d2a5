import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricCriterion, RubricOption } from '../../../shared/domain/rubric/rubric-pack.schema';
import { StarMarker } from './StarMarker';

/** An option's text with its inferred/corrected badges and note (shared with the scoring sheet). */
export function OptionText({ option }: { option: RubricOption }) {
  const { t } = useTranslation();
  return (
    <span>
      {option.text}{' '}
      {option.inferred ? (
        <span className="badge inferred" title={t('rubric.inferredHint')}>
          {t('rubric.inferred')}
        </span>
      ) : null}
      {option.correction ? (
        <span className="badge corrected" title={option.correction}>
          {t('rubric.corrected')}
        </span>
      ) : null}
      {option.note ? <span className="option-note">{option.note}</span> : null}
    </span>
  );
}

/**
 * A criterion's heading as the form prints it: id, number and text, badges, heading marker, maximum, notes.
 * `labelId` names the element that labels the criterion; `aside` goes at the end of the heading line
 * (the scoring sheet puts the criterion's answer there).
 */
export function CriterionHead({
  criterion,
  labelId,
  aside,
}: {
  criterion: RubricCriterion;
  labelId: string;
  aside?: ReactNode;
}) {
  const { t } = useTranslation();
  const headingPoints = criterion.headingMarker
    ? criterion.minPointsForStar[String(criterion.headingMarker) as '3' | '4' | '5']
    : undefined;
  return (
    <>
      <div className="criterion-head">
        <span className="criterion-id">{criterion.id}</span>
        <span className="criterion-text" id={labelId}>
          {criterion.number} {criterion.text}
        </span>
        {criterion.inferred ? (
          <span className="badge inferred" title={t('rubric.inferredHint')}>
            {t('rubric.inferred')}
          </span>
        ) : null}
        {criterion.corrected ? (
          <span className="badge corrected" title={t('rubric.correctedHint')}>
            {t('rubric.corrected')}
          </span>
        ) : null}
        {criterion.headingMarker ? <StarMarker stars={criterion.headingMarker} /> : null}
        <span className="criterion-max">{t('rubric.maxPoints', { points: criterion.maxPoints })}</span>
        {aside}
      </div>
      {criterion.headingMarker && headingPoints !== undefined ? (
        <p className="criterion-max">
          {t('rubric.headingMarker', { stars: criterion.headingMarker, points: headingPoints })}
        </p>
      ) : null}
      {criterion.notes.length > 0 ? (
        <ul className="criterion-notes">
          {criterion.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** One criterion as a member sees it on the form: options with points and star markers. */
