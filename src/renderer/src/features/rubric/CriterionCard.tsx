import { useTranslation } from 'react-i18next';
import type { RubricCriterion, RubricOption } from '../../../../shared/domain/rubric/rubric-pack.schema';
import { CriterionHead, OptionText } from '../../components/RubricCriterion';
import { StarMarker } from '../../components/StarMarker';

function OptionRow({ option }: { option: RubricOption }) {
  const { t } = useTranslation();
  return (
    <li className="option">
      <span className="option-box" aria-hidden="true" />
      <OptionText option={option} />
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

export function CriterionCard({ criterion }: { criterion: RubricCriterion }) {
  const { t } = useTranslation();
  return (
    <article className="criterion" data-criterion={criterion.id} aria-labelledby={`criterion-${criterion.id}`}>
      <CriterionHead criterion={criterion} labelId={`criterion-${criterion.id}`} />
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
