import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseIsoDate } from '../../../../shared/domain/dates/iso-date';
import type { DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import type { ChosenFolder, DocumentJobStatus } from '../../../../shared/ipc/contract';
import { isLanguage, type Language } from '../../../../shared/i18n/messages';
import { FormIssuesContext } from '../../components/form/FormContext';
import { Notice } from '../../components/Notice';
import { certificatePlan, certificateStart } from './certificate-plan';
import { needsFinalised, type DocumentKindId } from './document-kinds';
import { FolderChoice } from './FolderChoice';
import { IssueCertificates } from './IssueCertificates';
import { JobProgress } from './JobProgress';
import { JobResult } from './JobResult';
import { KindChooser } from './KindChooser';
import { checkOptions, EMPTY_OPTIONS, type OptionsDraft } from './options-draft';
import { OptionsFields } from './OptionsFields';
import { latestVersion, startRequest } from './start-request';
import { useDocumentJob } from './useDocumentJob';
import type { SessionDocumentSource } from './useSessionDocumentData';

/** The decision a session's products were last certified under, to start the form from. */
function lastDecision(source: SessionDocumentSource): Partial<OptionsDraft> {
  const ids = new Set(source.session.products.map((p) => p.productId));
  const latest = source.register
    .filter((c) => ids.has(c.productId) && c.decisionDate >= source.session.date)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return latest ? { decisionNumber: latest.decisionNumber, decisionDate: latest.decisionDate } : {};
}

/**
 * "Tạo tài liệu": which documents, what they print, where a copy goes; then the job's progress with
 * Cancel, and the files made. Below it, for a finalised session, the issuing of certificates (it shares
 * the decision typed here).
 */
export function GeneratePanel({
  source,
  onFinished,
}: {
  source: SessionDocumentSource;
  onFinished: (status: DocumentJobStatus) => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const latest = latestVersion(source.session, source.versions);
  const finalised = latest !== null;
  const [kinds, setKinds] = useState<ReadonlySet<DocumentKindId>>(() => new Set(['tally', 'minutes']));
  const [draft, setDraft] = useState<OptionsDraft>(() => ({ ...EMPTY_OPTIONS, ...lastDecision(source) }));
  const [language, setLanguage] = useState<Language>(() => (isLanguage(i18n.language) ? i18n.language : 'vi'));
  const [folder, setFolder] = useState<ChosenFolder | null>(null);
  const [issues, setIssues] = useState<readonly DomainIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const job = useDocumentJob(source.session.id, onFinished);
  const chosen = [...kinds].filter((kind) => finalised || !needsFinalised(kind));

  const decisionDate = parseIsoDate(draft.decisionDate.trim());
  const decision =
    draft.decisionNumber.trim() !== '' && decisionDate
      ? { number: draft.decisionNumber.trim(), date: decisionDate }
      : null;
  const plan =
    latest && decision
      ? certificatePlan({
          session: source.session,
          results: latest.results,
          decisionNumber: decision.number,
          decisionDate: decision.date,
          pattern: source.template.numberPattern,
          register: source.register,
        })
      : null;

  // What keeps the certificates from printing with the register's numbers, said while the form is filled.
  const certified = plan?.filter((item) => item.existing !== null) ?? [];
  const unissued = plan?.filter((item) => item.existing === null).length ?? 0;
  const start = certificateStart(certified, source.template.numberPattern, decision?.date ?? null);
  const certificatesBlocked = !chosen.includes('certificates')
    ? null
    : unissued > 0
      ? t('documentsUi.problems.certificatesNotIssued', { count: unissued })
      : certified.length > 0 && start === null
        ? t('documentsUi.problems.certificatesNotInSequence', { numbers: certified.map((c) => c.number).join(', ') })
        : null;

  const edit =
    <T,>(apply: (value: T) => void) =>
    (value: T) => {
      setProblem(null);
      apply(value);
    };

  const generate = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (chosen.length === 0) {
      setIssues([]);
      setProblem(t('documentsUi.problems.noKind'));
      return;
    }
    const checked = checkOptions(draft, chosen, {
      certificateTemplate: source.template,
      certificates: certified.map((item) => ({ productId: item.productId, number: item.number })),
      certificateStart: start,
      producerAddresses: source.addresses,
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      setProblem(t('documentsUi.problems.fix'));
      return;
    }
    if (certificatesBlocked) {
      setIssues([]);
      return;
    }
    setIssues([]);
    void job.start(
      startRequest({
        session: source.session,
        sheets: source.sheets,
        versions: source.versions,
        council: source.council,
        language,
        kinds: chosen,
        options: checked.options,
        folderToken: folder?.token ?? null,
      }),
    );
  };

  const busy = job.view.step === 'starting' || job.view.step === 'running';
  const issueMap = new Map(issues.map((found) => [String(found.path[0]), found]));
  return (
    <>
      <section className="card documents-make" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('documentsUi.generate.title')}</h2>
        <form onSubmit={generate} noValidate>
          <FormIssuesContext.Provider value={issueMap}>
            <KindChooser chosen={kinds} finalised={finalised} onChange={edit(setKinds)} />
            <OptionsFields
              draft={draft}
              onChange={edit(setDraft)}
              finalised={finalised}
              language={language}
              onLanguage={setLanguage}
              decisionNeeded={chosen.some(needsFinalised)}
            />
            <FolderChoice folder={folder} onChange={setFolder} />
          </FormIssuesContext.Provider>
          {certificatesBlocked ? <Notice tone="warning" title={certificatesBlocked} /> : null}
          {problem ? <Notice tone="error" title={problem} /> : null}
          {busy ? null : (
            <div className="form-actions">
              <button type="submit" className="button">
                {t('documentsUi.generate.button')}
              </button>
            </div>
          )}
        </form>
        {job.view.step === 'starting' ? <JobProgress status={null} onCancel={() => undefined} /> : null}
        {job.view.step === 'running' ? (
          <JobProgress status={job.view.status} onCancel={() => void job.cancel()} />
        ) : null}
        {job.view.step === 'finished' ? <JobResult key={job.view.status.jobId} status={job.view.status} /> : null}
        {job.view.step === 'error' ? (
          <Notice tone="error" title={t('documentsUi.generate.failed')}>
            <p>{t('documentsUi.generate.failedDetail', { detail: job.view.detail })}</p>
          </Notice>
        ) : null}
      </section>
      {finalised ? (
        <IssueCertificates
          plan={plan}
          decision={decision}
          issuer={source.council.authority}
          note={source.session.title}
        />
      ) : null}
    </>
  );
}
