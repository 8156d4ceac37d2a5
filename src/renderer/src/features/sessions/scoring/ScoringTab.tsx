import { useTranslation } from 'react-i18next';
import type { LoadedSession } from '../use-session';

/** Placeholder until this tab is built. */
export function ScoringTab({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  return <p className="muted">{t('common.loading')} {loaded.session.title}</p>;
}
