import { useTranslation } from 'react-i18next';
import type { AttemptProgress, PlanProgress } from '../../../../shared/domain/workspace/dashboard';
import { hrefOf } from '../../app/routes';
import { CardEmpty, DashboardCard } from './DashboardCard';

function AttemptRow({ row }: { row: AttemptProgress }) {
  const { t } = useTranslation();
  const label = t(`dashboard.attempt.${row.attempt}`);
  const reached = row.target !== null && row.target > 0 && row.done >= row.target;
  const notes = [
    row.inProgress > 0 ? t('dashboard.plan.inProgress', { count: row.inProgress }) : null,
    row.disqualified > 0 ? t('dashboard.plan.disqualified', { count: row.disqualified }) : null,
  ].filter((note) => note !== null);
  const nothing = row.done + row.inProgress + row.disqualified === 0;
  return (
    <li className="plan-row">
      <div className="plan-row-head">
        <span className="plan-label">{label}</span>
        <span
          className={`plan-figure${row.done === 0 ? ' zero' : ''}`}
          aria-label={
            row.target === null
              ? t('dashboard.plan.doneNoPlan', { done: row.done })
              : t('dashboard.plan.done', { done: row.done, target: row.target })
          }
        >
          <strong>{row.done}</strong>
          {row.target !== null ? <span className="plan-target">/{row.target}</span> : null}
        </span>
      </div>
      {row.target !== null ? (
        <progress
          className={`plan-bar${reached ? ' reached' : ''}`}
          max={Math.max(row.target, 1)}
          value={Math.min(row.done, Math.max(row.target, 1))}
          aria-label={label}
        />
      ) : null}
      <p className="plan-notes">
        {reached ? <span className="pill good">{t('dashboard.plan.reached')}</span> : null}
        {nothing ? <span className="muted">{t('dashboard.plan.nothingYet')}</span> : null}
        {notes.length > 0 ? <span className="muted">{notes.join(' · ')}</span> : null}
      </p>
    </li>
  );
}

/** The year's plan: targets against the dossiers evaluated, as progress bars with big figures. */
export function PlanCard({ plan }: { plan: PlanProgress }) {
  const { t } = useTranslation();
  return (
    <DashboardCard title={t('dashboard.plan.title', { year: plan.year })} className="dash-plan">
      {plan.hasPlan ? null : (
        <CardEmpty
          text={t('dashboard.plan.noPlan', { year: plan.year })}
          next={{ href: hrefOf('council', 'plan'), label: t('dashboard.plan.noPlanNext') }}
        />
      )}
      <ul className="plan-rows">
        {plan.attempts.map((row) => (
          <AttemptRow key={row.attempt} row={row} />
        ))}
      </ul>
      <p className="dash-note">{t('dashboard.plan.note')}</p>
    </DashboardCard>
  );
}
