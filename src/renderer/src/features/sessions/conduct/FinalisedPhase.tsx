import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortSeal } from '../../../../../shared/domain/council-session/canonical-sheet';
import type { ResultVersion } from '../../../../../shared/domain/council-session/result-version';
import { hrefOf } from '../../../app/routes';
import { useLoad } from '../../../app/use-load';
import { useWorkspace } from '../../../app/workspace-context';
import { Notice } from '../../../components/Notice';
import type { LoadedSession } from '../use-session';
import { AmendPanel } from './AmendPanel';
import { formatMoment } from './moment';

/** A finalised session: its latest result version (number, check code, when, by whom) and amendments. */
export function FinalisedPhase({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const { session } = loaded;
  const versions = useLoad(() => repositories.sessions.versions(session.id), [session.id, revision]);
  const [amending, setAmending] = useState(false);
  const [done, setDone] = useState<ResultVersion | null>(null);
  const latest = versions.state === 'ready' ? versions.value.at(-1) : undefined;
  const nameOf = (id: string) => session.members.find((m) => m.memberId === id)?.name ?? id;
  return (
    <>
      <section className="card conduct-section" aria-labelledby="finalised-title">
        <div className="section-head">
          <h2 id="finalised-title">{t('sessions.conduct.finalised.title')}</h2>
          <div className="section-actions">
            <a className="button secondary" href={hrefOf('sessions', session.id, 'results')}>
              {t('sessions.conduct.review.results')}
            </a>
            <a className="button secondary" href={hrefOf('sessions', session.id, 'history')}>
              {t('sessions.conduct.finalised.history')}
            </a>
          </div>
        </div>
        <p className="muted">{t('sessions.conduct.finalised.intro')}</p>
        {done ? <Notice tone="success" title={t('sessions.conduct.amend.done', { version: done.version })} /> : null}
        {latest ? (
          <dl className="facts version-facts">
            <div className="fact">
              <dt>{t('sessions.conduct.finalised.version')}</dt>
              <dd>{t('sessions.conduct.finalised.versionValue', { version: latest.version })}</dd>
            </div>
            <div className="fact">
              <dt>{t('sessions.conduct.finalised.hash')}</dt>
              <dd>
                <code title={latest.hash}>{shortSeal(latest.hash)}</code>
              </dd>
            </div>
            <div className="fact">
              <dt>{t('sessions.conduct.finalised.at')}</dt>
              <dd>{formatMoment(latest.at)}</dd>
            </div>
            <div className="fact">
              <dt>{t('sessions.conduct.finalised.by')}</dt>
              <dd>{nameOf(latest.by)}</dd>
            </div>
            {latest.reason ? (
              <div className="fact wide">
                <dt>{t('sessions.conduct.finalised.reason')}</dt>
                <dd className="prewrap">{latest.reason}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        {amending ? null : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setDone(null);
              setAmending(true);
            }}
          >
            {t('sessions.conduct.amend.open')}
          </button>
        )}
      </section>
      {amending ? (
        <AmendPanel
          loaded={loaded}
          onClose={() => setAmending(false)}
          onDone={(version) => {
            setDone(version);
            setAmending(false);
          }}
        />
      ) : null}
    </>
  );
}
