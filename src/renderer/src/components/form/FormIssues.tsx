import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIssuePath, type DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import { issuesByField } from './field-issues';
import { FormIssuesContext } from './FormContext';

/**
 * Gives the fields inside it their issues, and above them a summary naming each field with what is wrong
 * (the labels come from `labels`, by field path). Focus moves to the summary when a save is refused:
 * whenever the issues change, or, with `focusKey`, only when it changes (a form that clears issues as
 * the user corrects fields passes its count of refused saves, so typing never pulls the focus away).
 */
export function FormIssues({
  issues,
  labels,
  focusKey,
  children,
}: {
  issues: readonly DomainIssue[];
  labels: Readonly<Record<string, string>>;
  focusKey?: unknown;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const refused = focusKey === undefined ? issues : focusKey;
  useEffect(() => {
    // The summary is only there when there are issues.
    summary.current?.focus();
  }, [refused]);
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
