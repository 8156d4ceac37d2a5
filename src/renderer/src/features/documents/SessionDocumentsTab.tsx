import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/i18n/format';
import type { Language } from '../../../../shared/i18n/messages';
import { hrefOf, navigate } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { Notice } from '../../components/Notice';
import { SessionDocuments } from './SessionDocuments';

/** Pick a session (finalised or not), then its documents below. */
export function SessionDocumentsTab({ sessionId }: { sessionId: string | null }) {
  const { t, i18n } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const selectId = useId();
  const sessions = useLoad(
    async () => (await repositories.sessions.list()).filter((s) => s.remoteMember === null),
    [repositories, revision],
  );
  if (sessions.state === 'loading') return <p>{t('common.loading')}</p>;
  if (sessions.state === 'failed') {
    return <Notice tone="error" title={t('documentsUi.loadFailed', { detail: sessions.error.message })} />;
  }
  if (sessions.value.length === 0) {
    return (
      <EmptyState icon={<Icon name="documents" size={48} />} title={t('documentsUi.session.empty')}>
        <p>{t('documentsUi.session.emptyNext')}</p>
        <a className="button" href={hrefOf('sessions')}>
          {t('documentsUi.session.goToSessions')}
        </a>
      </EmptyState>
    );
  }
  const known = sessionId !== null && sessions.value.some((s) => s.id === sessionId);
  return (
    <>
      <div className="form-field documents-session-picker">
        <label htmlFor={selectId}>{t('documentsUi.session.label')}</label>
        <select
          id={selectId}
          value={known ? (sessionId ?? '') : ''}
          onChange={(event) => navigate('documents', ...(event.target.value ? [event.target.value] : []))}
        >
          <option value="">{t('documentsUi.session.choose')}</option>
          {sessions.value.map((s) => (
            <option key={s.id} value={s.id}>
              {t('documentsUi.session.option', {
                title: s.title,
                date: formatDate(s.date, i18n.language as Language),
                phase: t(`sessions.phase.${s.phase}`),
              })}
            </option>
          ))}
        </select>
      </div>
      {sessionId === null ? (
        <p className="muted">{t('documentsUi.session.pick')}</p>
      ) : known ? (
        <SessionDocuments key={sessionId} sessionId={sessionId} />
      ) : (
        <Notice tone="warning" title={t('documentsUi.session.notFound')} />
      )}
    </>
  );
}
