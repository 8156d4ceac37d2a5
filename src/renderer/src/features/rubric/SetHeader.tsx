import { useTranslation } from 'react-i18next';
import { setTotalPoints } from '../../../../shared/domain/rubric/pack-summary';
import type { RubricSetView } from '../../../../shared/ipc/contract';
import { Notice } from '../../components/Notice';

/** The first part that does not add up to its maximum, for the "incomplete" notice. */
function firstGap(view: RubricSetView): { part: string; partSum: number; partMax: number } | null {
  for (const part of view.pack.parts) {
    const partSum = view.set.sections.filter((s) => s.part === part.part).reduce((sum, s) => sum + s.maxPoints, 0);
    if (partSum !== part.maxPoints) return { part: part.part, partSum, partMax: part.maxPoints };
  }
  return null;
}

/** The product set's name and facts; a warning when its form is incomplete; the knockout rules. */
export function SetHeader({ view }: { view: RubricSetView }) {
  const { t } = useTranslation();
  const { set } = view;
  const gap = set.complete ? null : firstGap(view);
  return (
    <section className="card set-header">
      <h2>
        {t('rubric.setOption', { no: set.no, name: set.name })}{' '}
        {set.complete ? null : <span className="badge incomplete">{t('rubric.incompleteTitle')}</span>}
      </h2>
      <div className="set-meta">
        <span>
          {t('rubric.group')}: {set.group.code}. {set.group.name}
        </span>
        <span>
          {t('rubric.subgroup')}: {set.subgroup.code}. {set.subgroup.name}
        </span>
        <span>{t('rubric.criteriaCount', { count: set.criteria.length })}</span>
        <span>{t('rubric.totalPoints', { points: setTotalPoints(set) })}</span>
        <span>{t(set.sampleRequired ? 'rubric.sampleRequired' : 'rubric.sampleNotRequired')}</span>
      </div>
      {set.formHeader ? <p className="set-meta">{set.formHeader}</p> : null}
      {!set.complete ? (
        <div style={{ marginTop: 12 }}>
          <Notice tone="warning" title={t('rubric.incompleteTitle')}>
            <p>
              {t('rubric.incompleteBody', {
                no: set.no,
                sum: setTotalPoints(set),
                part: gap?.part ?? '?',
                partSum: gap?.partSum ?? 0,
                partMax: gap?.partMax ?? 0,
              })}
            </p>
            {set.notes.length > 0 ? (
              <p>
                <strong>{t('rubric.incompleteGap')}:</strong> {set.notes.join(' ')}
              </p>
            ) : null}
          </Notice>
        </div>
      ) : set.notes.length > 0 ? (
        <p className="set-meta">
          {t('rubric.notes')}: {set.notes.join(' ')}
        </p>
      ) : null}
      {set.disqualifiers.length > 0 ? (
        <div className="disqualifiers">
          <strong>{t('rubric.disqualifiers')}:</strong>
          {set.disqualifiers.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
