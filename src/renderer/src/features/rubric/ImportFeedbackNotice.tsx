import { useTranslation } from 'react-i18next';
import { describeIssue } from '../../../../shared/i18n/describe-issue';
import { Notice } from '../../components/Notice';
import type { ImportFeedback } from './useRubricViewer';

const LISTED_ISSUES = 12;

/** The outcome of an import: what was imported, or every reason the file was refused. */
export function ImportFeedbackNotice({ feedback }: { feedback: ImportFeedback }) {
  const { t } = useTranslation();
  const { result, fileName } = feedback;
  if (result.status === 'imported') {
    return (
      <Notice tone="success" title={t('rubric.import.success', { id: result.pack.id, version: result.pack.version })} />
    );
  }
  const translate = (key: string, params?: Readonly<Record<string, string | number>>) => t(key as never, params ?? {});
  return (
    <Notice tone="error" title={t('rubric.import.failed', { file: fileName })}>
      <p>{t('rubric.import.fix')}</p>
      <ul>
        {result.issues.slice(0, LISTED_ISSUES).map((found, index) => (
          <li key={index}>{describeIssue(found, translate)}</li>
        ))}
      </ul>
      {result.issues.length > LISTED_ISSUES ? (
        <p>{t('rubric.import.moreIssues', { count: result.issues.length - LISTED_ISSUES })}</p>
      ) : null}
    </Notice>
  );
}
