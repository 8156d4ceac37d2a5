import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIssuePath, type DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import { issuesByField } from './field-issues';
import { FormIssuesContext } from './FormContext';

/**
 * Gives the fields inside it their issues, and above them a summary naming each field with what is wrong
 * (the labels come from `labels`, by field path). Focus moves to the summary when a save is refused.
 */
export function FormIssues({
  issues,
  labels,
  children,
}: {
  issues: readonly DomainIssue[];
  labels: Readonly<Record<string, string>>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (issues.length > 0) summary.current?.focus();
  }, [issues]);
  return (
    <FormIssuesContext.Provider value={issuesByField(issues)}>
      {issues.length > 0 ? (
        <div className="notice error" role="alert" tabIndex={-1} ref={summary}>
          <h3>{t('common.notSaved', { count: issues.length })}</h3>
          <ul>
            {issues.map((found, index) => {
              const path = formatIssuePath(found.path);
              const label = labels[path] ?? path;
              return (
                <li key={index}>
                  {label ? `${label}: ` : ''}
                  {t(`issue.${found.key}` as never, found.params)}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {children}
    </FormIssuesContext.Provider>
  );
}
