import { useTranslation } from 'react-i18next';
import type { UpcomingDeadline } from '../../../../shared/domain/workspace/dashboard';
import { hrefOf } from '../../app/routes';
import { CardEmpty, DashboardCard } from './DashboardCard';
import { useDashboardFormat } from './useDashboardFormat';

/** The round deadlines still ahead in the year, soonest first, each with its days left in big figures. */
export function DeadlinesCard({ year, deadlines }: { year: number; deadlines: readonly UpcomingDeadline[] }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const usesDefaults = deadlines.some((deadline) => deadline.isDefault);
  return (
    <DashboardCard title={t('dashboard.deadlines.title')} className="dash-deadlines">
      {deadlines.length === 0 ? (
        <CardEmpty
          text={t('dashboard.deadlines.none', { year })}
          next={{ href: hrefOf('council', 'rounds'), label: t('dashboard.deadlines.next') }}
        />
      ) : (
        <ol className="deadline-list">
          {deadlines.map((deadline) => (
            <li key={`${deadline.kind}-${deadline.round}`} className={`deadline ${deadline.kind}`}>
              <div className="deadline-days" aria-hidden="true">
                {deadline.daysLeft === 0 ? (
                  <strong className="deadline-today">{t('dashboard.deadlines.today')}</strong>
                ) : (
                  <>
                    <strong>{deadline.daysLeft}</strong>
                    <span>{t(deadline.daysLeft === 1 ? 'dashboard.day' : 'dashboard.days')}</span>
                  </>
                )}
              </div>
              <div className="deadline-text">
                <p className="deadline-what">
                  {t(`dashboard.deadlines.${deadline.kind}`, {
                    round: deadline.round,
                    date: format.date(deadline.date),
                  })}
                </p>
                <p className="deadline-left">
                  {deadline.daysLeft === 0 ? t('common.today') : t('common.daysLeft', { count: deadline.daysLeft })}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
      {usesDefaults ? <p className="dash-note">{t('dashboard.deadlines.defaults', { year })}</p> : null}
    </DashboardCard>
  );
}
