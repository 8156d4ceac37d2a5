import { useTranslation } from 'react-i18next';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import { quorumWording, type Wording } from './quorum-text';

/** The quorum in words, green when met, red with what is missing otherwise. */
export function QuorumLine({ session }: { session: CouncilSession }) {
  const { t } = useTranslation();
  const wording = quorumWording(session);
  const say = (w: Wording): string => t(`sessions.conduct.quorum.${w.key}` as never, w.params);
  return (
    <p className={`quorum-line ${wording.met ? 'met' : 'unmet'}`} role="status">
      <span className="quorum-mark" aria-hidden="true">
        {wording.met ? '✓' : '!'}
      </span>
      <span>
        <strong>{t('sessions.conduct.quorum.label')}: </strong>
        {t('sessions.conduct.quorum.line', {
          rule: say(wording.rule),
          verdict: wording.verdict.map(say).join(t('sessions.conduct.quorum.and')),
        })}
      </span>
    </p>
  );
}
