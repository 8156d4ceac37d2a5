import { useTranslation } from 'react-i18next';
import type { RubricCriterion, RubricOption } from '../../../../shared/domain/rubric/rubric-pack.schema';
import { StarMarker } from '../../components/StarMarker';

function OptionRow({ option }: { option: RubricOption }) {
  const { t } = useTranslation();
  return (
    <li className="option">
      <span className="option-box" aria-hidden="true" />
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
      <span>{option.marker ? <StarMarker stars={option.marker} /> : null}</span>
      <span className="option-points">{t('rubric.pointsShort', { points: option.points })}</span>
    </li>
  );
}

function NoneApplies() {
  const { t } = useTranslation();
  return (
    <li className="option none-applies" title={t('rubric.noneAppliesHint')}>
      <span className="option-box" aria-hidden="true" />
      <span>{t('rubric.noneApplies')}</span>
      <span />
      <span className="option-points">{t('rubric.pointsShort', { points: 0 })}</span>
    </li>
  );
}

/** One criterion as a member sees it on the form: options with points and star markers. */
export function CriterionCard({ criterion }: { criterion: RubricCriterion }) {
  const { t } = useTranslation();
  const headingPoints = criterion.headingMarker
    ? criterion.minPointsForStar[String(criterion.headingMarker) as '3' | '4' | '5']
    : undefined;
  return (
    <article className="criterion" data-criterion={criterion.id} aria-labelledby={`criterion-${criterion.id}`}>
      <div className="criterion-head">
        <span className="criterion-id">{criterion.id}</span>
        <span className="criterion-text" id={`criterion-${criterion.id}`}>
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
      {criterion.options ? (
        <ul className="options">
          {criterion.options.map((option, index) => (
            <OptionRow key={index} option={option} />
          ))}
          <NoneApplies />
        </ul>
      ) : null}
      {criterion.variants ? (
        <>
          <p className="criterion-max">{t('rubric.chooseVariant')}</p>
          {criterion.variants.map((variant) => (
            <div className="variant" key={variant.id}>
              <div className="variant-title">
                {t('rubric.variant', { id: variant.id })}: {variant.text}
              </div>
              <ul className="options">
                {variant.options.map((option, index) => (
                  <OptionRow key={index} option={option} />
                ))}
              </ul>
            </div>
          ))}
          <ul className="options">
            <NoneApplies />
          </ul>
        </>
      ) : null}
    </article>
  );
}
