import { useTranslation } from 'react-i18next';
import type { LoadedSession } from '../use-session';
import { scoringTally } from './member-queue';

/** The secretary's line: how many sheets of the current rounds are sealed (the board's counts, no score). */
export function ScoringProgress({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const tally = scoringTally(loaded.session, loaded.sheets);
  const percent = tally.expected === 0 ? 0 : Math.round((tally.sealed / tally.expected) * 100);
  return (
    <div className="scoring-progress" role="group" aria-label={t('sessions.score.progressLabel')}>
      <div className="scoring-progress-figures">
        <strong>{t('sessions.score.progress', { sealed: tally.sealed, expected: tally.expected })}</strong>
        <span className="muted">
          {t('sessions.score.progressDetail', { draft: tally.draft, missing: tally.missing })}
        </span>
      </div>
      <span className="scoring-progress-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
