import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { CertificateTemplateTab } from './CertificateTemplateTab';
import { SessionDocumentsTab } from './SessionDocumentsTab';
import './documents.css';

/**
 * The documents area: `#/documents` (pick a session), `#/documents/<sessionId>` (its documents: make,
 * keep, open, issue certificates) and `#/documents/template` (the certificate template).
 */
export function DocumentsArea({ path }: { path: readonly string[] }) {
  const { t } = useTranslation();
  const [first] = path;
  const tab = first === 'template' ? 'template' : 'session';
  return (
    <div className="documents-area">
      <PageHeader title={t('documentsUi.title')} intro={t('documentsUi.intro')} />
      <Tabs
        label={t('documentsUi.tabs.label')}
        current={tab}
        tabs={[
          { id: 'session', href: hrefOf('documents'), label: t('documentsUi.tabs.session') },
          { id: 'template', href: hrefOf('documents', 'template'), label: t('documentsUi.tabs.template') },
        ]}
      />
      {tab === 'template' ? <CertificateTemplateTab /> : <SessionDocumentsTab sessionId={first ?? null} />}
    </div>
  );
}
