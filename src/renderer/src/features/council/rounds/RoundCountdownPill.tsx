import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../../shared/domain/dates/iso-date';
import { roundCountdown } from '../../../../../shared/domain/workspace/council-rounds';
import type { Round } from '../../../../../shared/domain/workspace/round.schema';

/** Days left before a round's deadline: green with time to spare, amber within 30 days, red when overdue. */
export function RoundCountdownPill({ round, today }: { round: Round; today: IsoDate }) {
  const { t } = useTranslation();
  const countdown = roundCountdown(round.deadline, round.status, today);
  switch (countdown.kind) {
    case 'closed':
      return <span className="muted">{t('council.rounds.countdown.closed')}</span>;
    case 'today':
      return <span className="pill warn">{t('council.rounds.countdown.today')}</span>;
    case 'left':
      return (
        <span className={`pill ${countdown.days <= 30 ? 'warn' : 'good'}`}>
          {t('council.rounds.countdown.left', { count: countdown.days })}
        </span>
      );
    case 'overdue':
      return <span className="pill bad">{t('council.rounds.countdown.overdue', { count: countdown.days })}</span>;
  }
}
