import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentJobStatus } from '../../../../shared/ipc/contract';
import type { DocumentsStartRequest } from '../../../../shared/ipc/documents-schemas';
import { council, CouncilRequestError } from '../../app/council-client';

/** How often the screen asks main where the job stands (the transport is invoke-only). */
const POLL_MS = 150;

export type JobView =
  | { readonly step: 'idle' }
  | { readonly step: 'starting' }
  | { readonly step: 'running' | 'finished'; readonly status: DocumentJobStatus }
  | { readonly step: 'error'; readonly detail: string };

const FINISHED = new Set<DocumentJobStatus['state']>(['done', 'cancelled', 'failed']);

export function detailOf(error: unknown): string {
  if (error instanceof CouncilRequestError) return String(error.error.params['detail'] ?? error.error.message);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The job last started for each session on this screen's visit to the app: coming back to the session
 * while it still runs picks up its progress (the job itself lives in main).
 */
const lastJobs = new Map<string, string>();

function viewOf(status: DocumentJobStatus): JobView {
  return { step: FINISHED.has(status.state) ? 'finished' : 'running', status };
}

/**
 * A document job seen from the screen: start it, follow its progress by polling main, cancel it. The
 * job carries on in main if the screen goes away; the screen just stops asking.
 */
export function useDocumentJob(sessionId: string, onFinished?: (status: DocumentJobStatus) => void) {
  const [view, setView] = useState<JobView>({ step: 'idle' });
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });

  // Back on a session whose last job finished or still runs while the screen was away: show it again.
  useEffect(() => {
    const jobId = lastJobs.get(sessionId);
    if (jobId === undefined) return;
    let current = true;
    council.documentsStatus({ jobId }).then(
      (status) => current && setView(viewOf(status)),
      () => lastJobs.delete(sessionId),
    );
    return () => {
      current = false;
    };
  }, [sessionId]);

  // While the job runs: ask again a moment after each answer.
  useEffect(() => {
    if (view.step !== 'running') return;
    let current = true;
    const timer = window.setTimeout(() => {
      council.documentsStatus({ jobId: view.status.jobId }).then(
        (status) => current && setView(viewOf(status)),
        (error: unknown) => current && setView({ step: 'error', detail: detailOf(error) }),
      );
    }, POLL_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [view]);

  useEffect(() => {
    if (view.step !== 'finished') return;
    lastJobs.delete(view.status.sessionId);
    finished.current?.(view.status);
  }, [view]);

  const start = useCallback(async (request: DocumentsStartRequest) => {
    setView({ step: 'starting' });
    try {
      const status = await council.documentsStart(request);
      lastJobs.set(status.sessionId, status.jobId);
      setView(viewOf(status));
    } catch (error) {
      setView({ step: 'error', detail: detailOf(error) });
    }
  }, []);

  const jobId = view.step === 'running' ? view.status.jobId : null;
  const cancel = useCallback(async () => {
    if (jobId === null) return;
    try {
      setView(viewOf(await council.documentsCancel({ jobId })));
    } catch (error) {
      setView({ step: 'error', detail: detailOf(error) });
    }
  }, [jobId]);

  return { view, start, cancel };
}
