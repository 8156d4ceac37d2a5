import { useRef } from 'react';
import { useSaveForm } from '../../../components/form/useSaveForm';
import type { SaveResult } from '../../../db/repository-context';

type Action = () => Promise<SaveResult<unknown>>;

/**
 * One-click session actions (a presence tick, a withdrawal, the start) through the shared save step: a
 * refusal keeps its issues for the screen (nothing was written), a success refreshes the workspace.
 */
export function useSessionAction() {
  const pending = useRef<Action>(() => Promise.resolve({ ok: true, value: null }));
  const after = useRef<() => void>(() => undefined);
  const { issues, setIssues, saving, submit } = useSaveForm(
    () => pending.current(),
    () => after.current(),
  );
  /** Runs an action; resolves to whether it was done (false: refused, its issues are shown). */
  const run = async (action: Action, onDone: () => void = () => undefined): Promise<boolean> => {
    let done = false;
    pending.current = action;
    after.current = () => {
      done = true;
      onDone();
    };
    await submit();
    return done;
  };
  return { issues, busy: saving, run, clear: () => setIssues([]) };
}
