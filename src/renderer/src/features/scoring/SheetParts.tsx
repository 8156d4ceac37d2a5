import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PART_IDS, type RubricCriterion, type RubricSet } from '../../../../shared/domain/rubric/rubric-pack.schema';

/**
 * The form's frame: parts A, B, C with their live subtotal, their sections and the heading of each group
 * of sub-criteria (e.g. "6.1 Ngoại hình"), in the form's order; each criterion drawn by `renderCriterion`.
 */
export function SheetParts({
  set,
  partPoints,
  partMax,
  renderCriterion,
}: {
  set: RubricSet;
  partPoints: readonly number[];
  partMax: readonly number[];
  renderCriterion: (criterion: RubricCriterion, index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {PART_IDS.map((part, partIndex) => {
        const heading = t('rubric.partHeading', { part, name: t(`part.${part}`), points: partMax[partIndex] ?? 0 });
        return (
          <section className="part sheet-part" key={part} aria-label={heading}>
            <h3>
              <span>{heading}</span>
              <span className="sheet-part-score">
                {t('scoring.outOf', { points: partPoints[partIndex] ?? 0, max: partMax[partIndex] ?? 0 })}
              </span>
            </h3>
            {set.sections
              .filter((section) => section.part === part)
              .map((section) => (
                <div className="section-block" key={`${section.part}-${section.id}`}>
                  <h4>
                    <span>{t('rubric.sectionHeading', { id: section.id, title: section.title })}</span>
                    <span className="section-points">{t('rubric.sectionPoints', { points: section.maxPoints })}</span>
                  </h4>
                  {section.notes.length > 0 ? (
                    <ul className="criterion-notes">
                      {section.notes.map((note) => (
                        <li key={note}>{note}</li>
                      ))}
                    </ul>
                  ) : null}
                  {set.criteria.map((criterion, index) => {
                    if (criterion.part !== part || criterion.sectionId !== section.id) return null;
                    const parent = criterion.parent;
                    const opensParent = parent && set.criteria[index - 1]?.parent?.number !== parent.number;
                    return (
                      <div key={criterion.id}>
                        {opensParent ? (
                          <div className="parent-heading">
                            {parent.number}. {parent.text} ({t('rubric.points', { points: parent.maxPoints })})
                          </div>
                        ) : null}
                        {renderCriterion(criterion, index)}
                      </div>
                    );
                  })}
                </div>
              ))}
          </section>
        );
      })}
    </>
  );
}

/** Each part's maximum: the sum of its sections' maxima (40, 25, 35 on a complete form). */
export function partMaxima(set: Pick<RubricSet, 'sections'>): [number, number, number] {
  const max: [number, number, number] = [0, 0, 0];
  for (const section of set.sections) {
    const index = PART_IDS.indexOf(section.part) as 0 | 1 | 2;
    max[index] += section.maxPoints;
  }
  return max;
}
