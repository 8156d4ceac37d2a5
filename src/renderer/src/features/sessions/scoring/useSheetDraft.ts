import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  SheetKey,
  SheetLayer,
  SheetSource,
  SheetState,
} from '../../../../../shared/domain/council-session/sheet-events';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import type { Choice } from '../../../../../shared/domain/session/session-file.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { SheetWriteQueue, type WriteOutcome } from './sheet-write-queue';

/** How long after the last write the session's other screens are refreshed. */
const SETTLE_MS = 800;

export type SheetDraft =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: Error }
  | {
      readonly status: 'ready';
      readonly choices: Readonly<Record<string, Choice>>;
      readonly comment: string;
      readonly seal: string | null;
      readonly sealedAt: string | null;
      /** Who began the sheet, or null when nothing is stored yet. */
      readonly source: SheetSource | null;
      /** Why the last change was not saved (what is shown is then reloaded from the database). */
      readonly problem: Exclude<WriteOutcome, { ok: true }> | null;
    };

type Ready = Extract<SheetDraft, { status: 'ready' }>;

function readyOf(sheet: SheetState | null, problem: Ready['problem'] = null): Ready {
  return {
    status: 'ready',
    choices: sheet?.choices ?? {},
    comment: sheet?.comment ?? '',
    seal: sheet?.seal ?? null,
    sealedAt: sheet?.sealedAt ?? null,
    source: sheet?.source ?? null,
    problem,
  };
}

export interface SheetDraftApi {
  readonly draft: SheetDraft;
  readonly key: SheetKey;
  /** Whether changes are still being written. */
  readonly saving: boolean;
  readonly choose: (criterionId: string, choice: Choice | undefined) => void;
  readonly setComment: (comment: string) => void;
  /** Waits until every change made so far is stored. */
  readonly flush: () => Promise<void>;
  /** Shows the sheet as the repository returned it after a seal. */
  readonly sealed: (sheet: SheetState) => void;
  /** Shows the refusal of a seal with the sheet. */
  readonly refused: (issues: readonly DomainIssue[]) => void;
}

/**
 * One sheet being scored, autosaved: it shows every change at once and writes it at once as an event
 * (repositories.sheets.record), in order; nothing typed is lost on a reload. The sheet is read from the
 * database when it opens (not from the session's list, which may lag a write behind). One hook per sheet:
 * give the component that holds it a React key per sheet.
 */
export function useSheetDraft(
  sessionId: string,
  memberId: string,
  productId: string,
  round: number,
  layer: SheetLayer,
  source: SheetSource,
): SheetDraftApi {
  const { repositories, changed } = useWorkspace();
  const key = useMemo<SheetKey>(() => ({ memberId, productId, round, layer }), [memberId, productId, round, layer]);
  const [draft, setDraft] = useState<SheetDraft>({ status: 'loading' });
  const [saving, setSaving] = useState(false);
  // The rest of the session's screens (counts, the board) learn of the writes a moment after typing
  // pauses, not at every key: reloading the session per key would slow the sheet down.
  const [settle] = useState<{ current: ReturnType<typeof setTimeout> | null }>(() => ({ current: null }));
  useEffect(
    () => () => {
      if (settle.current !== null) {
        clearTimeout(settle.current);
        changed();
      }
    },
    [changed, settle],
  );
  const [queue] = useState(
    () =>
      new SheetWriteQueue(
        async (change) => {
          const result = await repositories.sheets.record(sessionId, key, change, source);
          return result.ok ? { ok: true } : { ok: false, issues: result.issues };
        },
        {
          onProblem: (problem) => {
            // Show what is really stored, and why the change was not.
            void repositories.sheets.sheet(sessionId, key).then((sheet) => setDraft(readyOf(sheet, problem)));
          },
          onIdle: () => {
            setSaving(false);
            if (settle.current !== null) clearTimeout(settle.current);
            settle.current = setTimeout(() => {
              settle.current = null;
              changed();
            }, SETTLE_MS);
          },
        },
      ),
  );

  useEffect(() => {
    let live = true;
    repositories.sheets.sheet(sessionId, key).then(
      (sheet) => live && setDraft(readyOf(sheet)),
      (error: unknown) =>
        live && setDraft({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [repositories, sessionId, key]);

  const choose = useCallback(
    (criterionId: string, choice: Choice | undefined) => {
      setDraft((current) => {
        if (current.status !== 'ready') return current;
        const { [criterionId]: _old, ...rest } = current.choices;
        return { ...current, choices: choice === undefined ? rest : { ...rest, [criterionId]: choice }, problem: null };
      });
      setSaving(true);
      queue.push(choice === undefined ? { type: 'clear', criterionId } : { type: 'choose', criterionId, choice });
    },
    [queue],
  );
  const setComment = useCallback(
    (comment: string) => {
      setDraft((current) => (current.status === 'ready' ? { ...current, comment, problem: null } : current));
      setSaving(true);
      queue.push({ type: 'comment', comment });
    },
    [queue],
  );
  const flush = useCallback(() => queue.idle(), [queue]);
  const sealed = useCallback((sheet: SheetState) => setDraft(readyOf(sheet)), []);
  const refused = useCallback(
    (issues: readonly DomainIssue[]) =>
      setDraft((current) => (current.status === 'ready' ? { ...current, problem: { ok: false, issues } } : current)),
    [],
  );
  return { draft, key, saving, choose, setComment, flush, sealed, refused };
}
