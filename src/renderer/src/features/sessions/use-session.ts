import { useEffect, useState } from 'react';
import type { CouncilSession } from '../../../../shared/domain/council-session/session.schema';
import type { SheetState } from '../../../../shared/domain/council-session/sheet-events';
import type { RubricSet } from '../../../../shared/domain/rubric/rubric-pack.schema';
import { compileSet, type CompiledSet } from '../../../../shared/domain/scoring/compiled-set';
import { council } from '../../app/council-client';
import { useWorkspace } from '../../app/workspace-context';

/** The forms a session is scored with: its pack's sets (fetched once from main), raw and compiled. */
export interface SessionSets {
  readonly sets: ReadonlyMap<number, RubricSet>;
  readonly compiled: ReadonlyMap<number, CompiledSet>;
  /** Sets the pack marks incomplete (they cannot be scored). */
  readonly incomplete: ReadonlySet<number>;
}

export interface LoadedSession extends SessionSets {
  readonly session: CouncilSession;
  /** Every sheet of the session by sheet id (member|product|round|layer). */
  readonly sheets: ReadonlyMap<string, SheetState>;
}

export type SessionLoad =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; error: Error }
  | ({ state: 'ready' } & LoadedSession);

const setCache = new Map<string, Promise<RubricSet>>();

/** One set of a pack version, fetched from the main process once per run. */
export function fetchSet(pack: { id: string; version: number }, no: number): Promise<RubricSet> {
  const key = `${pack.id}@${pack.version}#${no}`;
  let found = setCache.get(key);
  if (!found) {
    found = council.rubricSet({ pack: pack.id, version: pack.version, set: no }).then((view) => view.set);
    found.catch(() => setCache.delete(key));
    setCache.set(key, found);
  }
  return found;
}

/** The sets of the session's products, in its frozen pack version. */
export async function loadSessionSets(session: CouncilSession): Promise<SessionSets> {
  const numbers = [...new Set(session.products.map((p) => p.productSet))];
  const sets = new Map<number, RubricSet>();
  for (const no of numbers) sets.set(no, await fetchSet(session.pack, no));
  const compiled = new Map([...sets].filter(([, set]) => set.complete).map(([no, set]) => [no, compileSet(set)]));
  const incomplete = new Set([...sets].filter(([, set]) => !set.complete).map(([no]) => no));
  return { sets, compiled, incomplete };
}

/**
 * A session with its sheets and forms, reloaded whenever the workspace changes (after each write).
 * A slower earlier load never overwrites a newer one.
 */
export function useSession(sessionId: string): SessionLoad {
  const { repositories, revision } = useWorkspace();
  const [load, setLoad] = useState<SessionLoad>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const session = await repositories.sessions.get(sessionId);
        if (!session) {
          if (current) setLoad({ state: 'missing' });
          return;
        }
        const [sheets, sets] = await Promise.all([repositories.sessions.sheets(sessionId), loadSessionSets(session)]);
        if (current) setLoad({ state: 'ready', session, sheets, ...sets });
      } catch (error) {
        if (current) setLoad({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      }
    })();
    return () => {
      current = false;
    };
  }, [repositories, revision, sessionId]);
  return load;
}
