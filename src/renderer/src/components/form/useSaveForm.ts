import { useState, type FormEvent } from 'react';
import type { DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import { useWorkspace } from '../../app/workspace-context';
import type { SaveResult } from '../../db/repository-context';

/**
 * The save step every form shares: on submit, run `save` (a repository write); when it is refused keep
 * its issues for the fields (nothing was written), when it succeeds tell the workspace that data changed
 * and hand the saved record on. A second submit while saving is ignored.
 */
export function useSaveForm<T>(save: () => Promise<SaveResult<T>>, onSaved: (value: T) => void) {
  const { changed } = useWorkspace();
  const [issues, setIssues] = useState<readonly DomainIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const submit = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const result = await save();
      if (!result.ok) {
        setIssues(result.issues);
        return;
      }
      setIssues([]);
      changed();
      onSaved(result.value);
    } finally {
      setSaving(false);
    }
  };
  return { issues, setIssues, saving, submit };
}
