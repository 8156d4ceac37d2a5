import { useTranslation } from 'react-i18next';
import type { RubricCriterion } from '../../../../shared/domain/rubric/rubric-pack.schema';
import type { RubricSetView } from '../../../../shared/ipc/contract';
import { CriterionCard } from './CriterionCard';

/** Criteria of a section, with the heading of each group of sub-criteria (e.g. "6.1 Ngoại hình"). */
function SectionCriteria({ criteria }: { criteria: readonly RubricCriterion[] }) {
  const { t } = useTranslation();
  return (
    <>
      {criteria.map((criterion, index) => {
        const parent = criterion.parent;
        const opensParent = parent && criteria[index - 1]?.parent?.number !== parent.number;
        return (
          <div key={criterion.id}>
            {opensParent ? (
              <div className="parent-heading">
                {parent.number}. {parent.text} ({t('rubric.points', { points: parent.maxPoints })})
              </div>
            ) : null}
            <CriterionCard criterion={criterion} />
          </div>
        );
      })}
    </>
  );
}

/** The whole form of a product set: parts A, B, C, their sections and criteria, in the form's order. */
export function RubricForm({ view }: { view: RubricSetView }) {
  const { t } = useTranslation();
  return (
    <>
      {view.pack.parts.map((part) => (
        <section
          className="part"
          key={part.part}
          aria-label={t('rubric.partHeading', {
            part: part.part,
            name: t(`part.${part.part}`),
            points: part.maxPoints,
          })}
        >
          <h3>{t('rubric.partHeading', { part: part.part, name: t(`part.${part.part}`), points: part.maxPoints })}</h3>
          {view.set.sections
            .filter((section) => section.part === part.part)
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
                <SectionCriteria
                  criteria={view.set.criteria.filter((c) => c.part === part.part && c.sectionId === section.id)}
                />
              </div>
            ))}
        </section>
      ))}
    </>
  );
}
