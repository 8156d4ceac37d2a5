import { useCallback, useEffect, useState } from 'react';
import type { PackSummary } from '../../../../shared/domain/rubric/pack-summary';
import type { RubricImportResult, RubricSetView } from '../../../../shared/ipc/contract';
import type { IpcError } from '../../../../shared/ipc/result';
import { CouncilRequestError, council } from '../../app/council-client';
import { useWorkspace } from '../../app/workspace-context';
import type { RubricSelection } from '../../db/settings.repository';

const DEFAULT_PACK = '26/2026';

function asIpcError(error: unknown): IpcError {
  if (error instanceof CouncilRequestError) return error.error;
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'failed', message: detail, key: 'issue.ipc.failed', params: { detail } };
}

/** A selection that exists in `packs`: the remembered one when it still does, else the default pack's set 1. */
function validSelection(packs: readonly PackSummary[], wanted: RubricSelection | null): RubricSelection | null {
  const pack = packs.find((p) => p.id === wanted?.pack) ?? packs.find((p) => p.id === DEFAULT_PACK) ?? packs[0];
  if (!pack) return null;
  const set = pack.sets.find((s) => s.no === wanted?.set) ?? pack.sets[0];
  return set ? { pack: pack.id, set: set.no } : null;
}

export interface ImportFeedback {
  readonly fileName: string;
  readonly result: RubricImportResult;
}

/** The rubric viewer's state: the packs, the chosen pack and set, the set's form, imports. */
export function useRubricViewer() {
  const { settings } = useWorkspace().repositories;
  const [packs, setPacks] = useState<readonly PackSummary[] | null>(null);
  const [selection, setSelection] = useState<RubricSelection | null>(null);
  const [view, setView] = useState<RubricSetView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [feedback, setFeedback] = useState<ImportFeedback | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const [list, remembered] = await Promise.all([council.rubricList(), settings.rubricSelection()]);
        if (cancelled) return;
        setPacks(list);
        setSelection(validSelection(list, remembered));
      } catch (failure) {
        if (!cancelled) setError(asIpcError(failure));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [settings]);

  useEffect(() => {
    if (!selection) return;
    let cancelled = false;
    void council
      .rubricSet({ pack: selection.pack, set: selection.set })
      .then((result) => {
        if (!cancelled) setView(result);
      })
      .catch((failure: unknown) => {
        if (!cancelled) setError(asIpcError(failure));
      });
    return () => {
      cancelled = true;
    };
  }, [selection]);

  const select = useCallback(
    (next: RubricSelection) => {
      if (!packs) return;
      const valid = validSelection(packs, next);
      setSelection(valid);
      if (valid) void settings.setRubricSelection(valid);
    },
    [packs, settings],
  );

  const importFile = useCallback(
    async (file: File) => {
      setFeedback(null);
      try {
        const result = await council.rubricImport({ fileName: file.name, text: await file.text() });
        setFeedback({ fileName: file.name, result });
        if (result.status === 'imported') {
          const list = await council.rubricList();
          setPacks(list);
          const next = validSelection(list, { pack: result.pack.id, set: selection?.set ?? 1 });
          setSelection(next);
          if (next) void settings.setRubricSelection(next);
        }
      } catch (failure) {
        setError(asIpcError(failure));
      }
    },
    [selection, settings],
  );

  return { packs, selection, view, error, feedback, select, importFile };
}
