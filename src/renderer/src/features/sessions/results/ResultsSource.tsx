import { useTranslation } from 'react-i18next';
import { shortSeal } from '../../../../../shared/domain/council-session/canonical-sheet';
import type { ResultVersion } from '../../../../../shared/domain/council-session/result-version';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import type { Quorum } from '../../../../../shared/domain/scoring/quorum';
import { hrefOf } from '../../../app/routes';
import { Notice } from '../../../components/Notice';
import { formatTimestamp } from './format-time';

/**
 * Where the figures come from: the latest result version of a finalised session (its number, time, signer
 * and hash), or the live results marked provisional; then the quorum and the council's rules.
 */
export function ResultsSource({
  session,
  version,
  quorum,
}: {
  session: CouncilSession;
  version: ResultVersion | null;
  quorum: Quorum;
}) {
  const { t } = useTranslation();
  const nameOf = (id: string) => session.members.find((m) => m.memberId === id)?.name ?? id;
  const needed = Math.ceil(session.rules.quorumFraction * quorum.total - 1e-9);
  const rule = session.rules.chairRequired
    ? t('sessions.results.quorumRuleChair', { needed })
    : t('sessions.results.quorumRule', { needed });
  return (
    <section className="results-source" aria-label={t('sessions.tabs.results')}>
      {version ? (
        <Notice tone="success" title={t('sessions.results.versionTitle', { version: version.version })}>
          <p>
            {t('sessions.results.versionBody', {
              at: formatTimestamp(version.at),
              by: nameOf(version.by),
              hash: shortSeal(version.hash),
            })}
          </p>
          {version.reason ? <p>{t('sessions.results.versionReason', { reason: version.reason })}</p> : null}
          <p>
            <a href={hrefOf('sessions', session.id, 'history')}>{t('sessions.results.versionLink')}</a>
          </p>
        </Notice>
      ) : (
        <Notice tone="warning" title={t('sessions.results.provisionalTitle')}>
          <p>
            {session.phase === 'finalised'
              ? t('sessions.results.versionMissing')
              : session.phase === 'confirmed'
                ? t('sessions.results.confirmedBody')
                : t('sessions.results.provisionalBody')}
          </p>
        </Notice>
      )}
      <p className={quorum.met ? 'results-quorum' : 'results-quorum bad'} data-quorum={quorum.met ? 'met' : 'not-met'}>
        {t(quorum.met ? 'sessions.results.quorumMet' : 'sessions.results.quorumNotMet', {
          present: quorum.present,
          total: quorum.total,
          rule,
        })}
      </p>
      <p className="muted results-rules">
        {t('sessions.results.rules', {
          profile: t(`profile.${session.profile}`),
          threshold: session.rules.spreadThreshold,
          rule: t(`sessions.results.markerRule.${session.rules.markerRule}`),
        })}
      </p>
    </section>
  );
}
