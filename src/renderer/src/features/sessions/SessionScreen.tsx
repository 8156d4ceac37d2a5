import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { ConductTab } from './conduct/ConductTab';
import { HistoryTab } from './results/HistoryTab';
import { ResultsTab } from './results/ResultsTab';
import { ScoringTab } from './scoring/ScoringTab';
import { SESSION_TABS, type SessionTab } from './session-tabs';
import { useSession } from './use-session';

/** One session: its title, its step, and its tabs (conduct, scoring, results, history). */
export function SessionScreen({ sessionId, tab }: { sessionId: string; tab: string | undefined }) {
  const { t } = useTranslation();
  const load = useSession(sessionId);
  const current: SessionTab = (SESSION_TABS as readonly string[]).includes(tab ?? '') ? (tab as SessionTab) : 'conduct';
  if (load.state === 'loading') return <p>{t('common.loading')}</p>;
  if (load.state === 'missing') {
    return (
      <Notice tone="error" title={t('issue.session.flow.unknownSession')}>
        <p>
          <a href={hrefOf('sessions')}>{t('sessions.backToList')}</a>
        </p>
      </Notice>
    );
  }
  if (load.state === 'failed')
    return <Notice tone="error" title={t('common.loadFailed', { detail: load.error.message })} />;
  const { session } = load;
  return (
    <>
      <PageHeader
        title={session.title}
        intro={t('sessions.header', {
          council: session.councilName,
          pack: `${session.pack.id} (v${session.pack.version})`,
        })}
        actions={<span className={`pill phase-${session.phase}`}>{t(`sessions.phase.${session.phase}`)}</span>}
      />
      <Tabs
        label={t('sessions.tabsLabel')}
        current={current}
        tabs={SESSION_TABS.map((id) => ({
          id,
          label: t(`sessions.tabs.${id}`),
          href: id === 'conduct' ? hrefOf('sessions', session.id) : hrefOf('sessions', session.id, id),
        }))}
      />
      {current === 'conduct' ? <ConductTab loaded={load} /> : null}
      {current === 'score' ? <ScoringTab loaded={load} /> : null}
      {current === 'results' ? <ResultsTab loaded={load} /> : null}
      {current === 'history' ? <HistoryTab loaded={load} /> : null}
    </>
  );
}
