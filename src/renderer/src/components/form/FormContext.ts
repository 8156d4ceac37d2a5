import { createContext, useContext } from 'react';
import type { DomainIssue } from '../../../../shared/domain/issues/domain-issue';

/** The issues of the form being edited, by field path; fields read theirs from here. */
export const FormIssuesContext = createContext<ReadonlyMap<string, DomainIssue>>(new Map());

export function useFieldIssue(path: string): DomainIssue | undefined {
  return useContext(FormIssuesContext).get(path);
}
