import { useTranslation } from 'react-i18next';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import { hrefOf } from '../../../app/routes';
import { Notice } from '../../../components/Notice';

/** Why no sheet can be scored now, and where to go instead. */
export function ScoringClosed({ session }: { session: CouncilSession }) {
  const { t } = useTranslation();
  const phase = session.phase === 'scoring' ? 'review' : session.phase;
  const next =
    phase === 'preparing'
      ? { href: hrefOf('sessions', session.id), label: t('sessions.score.closed.goConduct') }
      : { href: hrefOf('sessions', session.id, 'results'), label: t('sessions.score.closed.goResults') };
  return (
    <Notice tone="warning" title={t(`sessions.score.closed.${phase}.title`)}>
      <p>{t(`sessions.score.closed.${phase}.body`)}</p>
      <p>
        <a href={next.href}>{next.label}</a>
      </p>
    </Notice>
  );
}
