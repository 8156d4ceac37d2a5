import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { ArchivedDocuments } from './ArchivedDocuments';
import { GeneratePanel } from './GeneratePanel';
import { latestVersion } from './start-request';
import { useSessionDocumentData } from './useSessionDocumentData';

/** One session's documents: make a batch, issue certificates, and the files kept in the archive. */
export function SessionDocuments({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const loaded = useSessionDocumentData(sessionId);
  // Bumped when a job finishes, so the archive's list is read (and checked) again.
  const [archived, setArchived] = useState(0);
  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') {
    return <Notice tone="error" title={t('documentsUi.loadFailed', { detail: loaded.error.message })} />;
  }
  if (loaded.value === null) return <Notice tone="warning" title={t('documentsUi.session.notFound')} />;
  const source = loaded.value;
  const latest = latestVersion(source.session, source.versions);
  return (
    <>
      <p className={`documents-phase${latest ? ' finalised' : ''}`} role="note">
        {latest
          ? t('documentsUi.session.finalised', { version: latest.version })
          : t('documentsUi.session.notFinalised')}
      </p>
      <GeneratePanel source={source} onFinished={() => setArchived((n) => n + 1)} />
      <ArchivedDocuments sessionId={sessionId} reload={archived} />
    </>
  );
}
