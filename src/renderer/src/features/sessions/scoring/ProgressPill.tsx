import { useTranslation } from 'react-i18next';
import type { SheetProgress } from '../../../../../shared/domain/council-session/session-progress';

/** How far a sheet has got (never its score): not started, being scored, sealed. */
export function ProgressPill({ progress }: { progress: SheetProgress }) {
  const { t } = useTranslation();
  return <span className={`pill sheet-state is-${progress}`}>{t(`sessions.score.state.${progress}`)}</span>;
}
