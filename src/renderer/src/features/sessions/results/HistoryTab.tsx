import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import type { LoadedSession } from '../use-session';
import { AuditLog } from './AuditLog';
import { useAuditLog, useResultVersions } from './use-session-records';
import { VersionList } from './VersionList';
import './results.css';

/** The session's history: its result versions (chain checked, changes between them) and its audit log. */
export function HistoryTab({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const { session } = loaded;
  const versions = useResultVersions(session.id);
  const events = useAuditLog(session.id);
  return (
    <div className="results-tab results-history">
      {versions.state === 'loading' ? <p>{t('common.loading')}</p> : null}
      {versions.state === 'failed' ? (
        <Notice tone="error" title={t('sessions.results.loadFailed', { detail: versions.error.message })} />
      ) : null}
      {versions.state === 'ready' ? <VersionList versions={versions.value} session={session} /> : null}
      {events.state === 'failed' ? (
        <Notice tone="error" title={t('sessions.history.audit.loadFailed', { detail: events.error.message })} />
      ) : null}
      {events.state === 'ready' ? <AuditLog events={events.value} session={session} /> : null}
    </div>
  );
}
