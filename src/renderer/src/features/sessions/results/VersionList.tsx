import { useTranslation } from 'react-i18next';
import { shortSeal } from '../../../../../shared/domain/council-session/canonical-sheet';
import { resultChainProblems, type ResultVersion } from '../../../../../shared/domain/council-session/result-version';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import { formatMean } from '../../../../../shared/i18n/format';
import { Notice } from '../../../components/Notice';
import { formatTimestamp } from './format-time';
import { useTranslate } from './use-translate';
import { diffResults, type ProductChange } from './version-diff';

function ChangeLines({ changes, session }: { changes: readonly ProductChange[]; session: CouncilSession }) {
  const { t } = useTranslation();
  const { translate, language } = useTranslate();
  const productName = (id: string) => session.products.find((p) => p.productId === id)?.name ?? id;
  const memberName = (id: string) => session.members.find((m) => m.memberId === id)?.name ?? id;
  const none = t('sessions.history.change.none');
  const mean = (value: number | null) => (value === null ? none : formatMean(value, language));
  const stars = (value: number | null) => (value === null ? none : t('stars', { count: value }));
  const status = (value: string | null) => (value === null ? none : translate(`status.${value}`));
  const total = (value: number | null) => (value === null ? none : String(value));
  if (changes.length === 0) return <span className="muted">{t('sessions.history.versions.noChanges')}</span>;
  return (
    <ul className="results-changes">
      {changes.map((change) => {
        const candidates: (string | null)[] = [
          change.mean
            ? t('sessions.history.change.mean', { before: mean(change.mean.before), after: mean(change.mean.after) })
            : null,
          change.stars
            ? t('sessions.history.change.stars', {
                before: stars(change.stars.before),
                after: stars(change.stars.after),
              })
            : null,
          change.status
            ? t('sessions.history.change.status', {
                before: status(change.status.before),
                after: status(change.status.after),
              })
            : null,
        ];
        const parts = candidates.filter((part): part is string => part !== null);
        const totals = change.totals.map((c) =>
          t('sessions.history.change.total', {
            member: memberName(c.memberId),
            before: total(c.before),
            after: total(c.after),
          }),
        );
        return (
          <li key={change.productId} data-change={change.productId}>
            <strong>{productName(change.productId)}</strong>
            {parts.length > 0 ? `: ${parts.join('; ')}` : null}
            {totals.length > 0 ? <span className="cell-sub results-change-totals">{totals.join(' · ')}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The result versions of a finalised session: number, time, signer, reason, short hash and what changed
 * from the version before; a broken chain (a version changed or removed after it was recorded) is a
 * warning above everything else.
 */
export function VersionList({ versions, session }: { versions: readonly ResultVersion[]; session: CouncilSession }) {
  const { t } = useTranslation();
  const memberName = (id: string) => session.members.find((m) => m.memberId === id)?.name ?? id;
  const broken = resultChainProblems(versions);
  return (
    <section className="results-section" aria-labelledby="history-versions-title">
      <h2 className="section-title" id="history-versions-title">
        {t('sessions.history.versions.title')}
      </h2>
      {versions.length === 0 ? (
        <p className="muted">{t('sessions.history.versions.none')}</p>
      ) : broken.length > 0 ? (
        <Notice tone="error" title={t('sessions.history.versions.chainBroken')}>
          <p>{t('sessions.history.versions.chainBrokenBody', { versions: broken.join(', ') })}</p>
        </Notice>
      ) : (
        <p className="results-chain-ok" data-chain="intact">
          <span aria-hidden="true">✓ </span>
          {t('sessions.history.versions.chainOk')}
        </p>
      )}
      {versions.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table results-versions" aria-label={t('sessions.history.versions.label')}>
            <thead>
              <tr>
                <th>{t('sessions.history.versions.version')}</th>
                <th>{t('sessions.history.versions.at')}</th>
                <th>{t('sessions.history.versions.by')}</th>
                <th>{t('sessions.history.versions.reason')}</th>
                <th>{t('sessions.history.versions.hash')}</th>
                <th>{t('sessions.history.versions.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version, index) => {
                const previous = index > 0 ? versions[index - 1] : undefined;
                const isBroken = broken.includes(version.version);
                return (
                  <tr
                    key={version.id}
                    data-version={version.version}
                    className={isBroken ? 'results-broken' : undefined}
                  >
                    <td className="nowrap">
                      {version.version}
                      {index === versions.length - 1 ? (
                        <span className="pill good results-current">{t('sessions.history.versions.current')}</span>
                      ) : null}
                    </td>
                    <td className="nowrap">{formatTimestamp(version.at)}</td>
                    <td>{memberName(version.by)}</td>
                    <td>{version.reason ?? <span className="muted">{t('sessions.history.versions.first')}</span>}</td>
                    <td className="nowrap">
                      <code title={version.hash}>{shortSeal(version.hash)}</code>
                      {isBroken ? <span className="pill bad">{t('sessions.history.versions.broken')}</span> : null}
                    </td>
                    <td>
                      {previous ? (
                        <ChangeLines changes={diffResults(previous.results, version.results)} session={session} />
                      ) : (
                        <span className="muted">{t('sessions.history.versions.first')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
