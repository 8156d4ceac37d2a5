import type { ResultVersion } from '../../../../../shared/domain/council-session/result-version';
import { useWorkspace } from '../../../app/workspace-context';
import { useLoad, type Loaded } from '../../../app/use-load';
import type { SessionEventRecord } from '../../../db/records';

/** The session's result versions, oldest first (reloaded after every write). */
export function useResultVersions(sessionId: string): Loaded<ResultVersion[]> {
  const { repositories, revision } = useWorkspace();
  return useLoad(() => repositories.sessions.versions(sessionId), [repositories, revision, sessionId]);
}

/** The session's audit log in order (reloaded after every write). */
export function useAuditLog(sessionId: string): Loaded<SessionEventRecord[]> {
  const { repositories, revision } = useWorkspace();
  return useLoad(() => repositories.sessions.audit(sessionId), [repositories, revision, sessionId]);
}
