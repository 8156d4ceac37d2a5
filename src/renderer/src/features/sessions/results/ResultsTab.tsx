import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionResults } from '../../../../../shared/domain/council-session/session-file';
import { expectedSheets, scoresRevealed } from '../../../../../shared/domain/council-session/session-progress';
import { Notice } from '../../../components/Notice';
import type { LoadedSession } from '../use-session';
import { DeviationChart } from './DeviationChart';
import { GateExplanations } from './GateExplanations';
import { MemberMatrix } from './MemberMatrix';
import { PartMeansChart } from './PartMeansChart';
import { resultsView } from './results-view';
import { ResultsSource } from './ResultsSource';
import { ResultsSummary } from './ResultsSummary';
import { useResultVersions } from './use-session-records';
import './results.css';

/** Until every sheet is sealed or the chair opens them, the tab says so and shows nothing about scores. */
function ResultsHidden({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const expected = expectedSheets(loaded.session, loaded.sheets);
  const sealed = expected.filter((s) => s.progress === 'sealed').length;
  return (
    <div className="results-tab" data-results="hidden">
      <Notice tone="warning" title={t('sessions.results.hiddenTitle')}>
        <p>{t('sessions.results.hiddenProgress', { sealed, expected: expected.length })}</p>
      </Notice>
    </div>
  );
}

/**
 * The figures: a finalised session's latest result version (with its number), otherwise the live results
 * marked provisional. Both are exactly what `ocop-council results <exported file> --json` prints.
 */
function RevealedResults({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const { session, sheets, sets, compiled } = loaded;
  const versions = useResultVersions(session.id);
  const live = useMemo(() => sessionResults(session, sheets.values(), compiled), [session, sheets, compiled]);
  const latest = versions.state === 'ready' ? (versions.value[versions.value.length - 1] ?? null) : null;
  const official = session.phase === 'finalised' ? latest : null;
  const results = official?.results ?? live;
  const view = useMemo(
    () => resultsView(session, sheets, results, sets, compiled),
    [session, sheets, results, sets, compiled],
  );
  if (session.phase === 'finalised' && versions.state === 'loading') return <p>{t('common.loading')}</p>;
  const threshold = session.rules.spreadThreshold;
  return (
    <div className="results-tab" data-results={official ? `version-${official.version}` : 'live'}>
      {versions.state === 'failed' ? (
        <Notice tone="error" title={t('sessions.results.loadFailed', { detail: versions.error.message })} />
      ) : null}
      <ResultsSource session={session} version={official} quorum={results.quorum} />
      <ResultsSummary products={view.products} threshold={threshold} />
      <GateExplanations products={view.products} />
      <MemberMatrix products={view.products} columns={view.columns} threshold={threshold} />
      <section className="results-section results-charts">
        <h2 className="section-title">{t('sessions.results.charts.title')}</h2>
        <PartMeansChart products={view.products} />
        <DeviationChart products={view.products} columns={view.columns} threshold={threshold} />
      </section>
    </div>
  );
}

/** The session's results: hidden until revealed, then the summary, the blocking criteria, the matrix and charts. */
export function ResultsTab({ loaded }: { loaded: LoadedSession }) {
  if (!scoresRevealed(loaded.session, loaded.sheets)) return <ResultsHidden loaded={loaded} />;
  return <RevealedResults loaded={loaded} />;
}
