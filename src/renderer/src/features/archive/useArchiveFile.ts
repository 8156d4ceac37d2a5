import { useCallback, useState } from 'react';
import type { Archive } from '../../../../shared/archive/archive.schema';
import { issue, type DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import { useWorkspace } from '../../app/workspace-context';
import {
  previewImport,
  readArchive,
  type ImportMode,
  type ImportOutcome,
  type PreviewResult,
} from '../../db/archive-import';
import { archiveDoors } from './archive-doors';
import { runImport } from './run-import';

type Chosen = { readonly fileName: string; readonly archive: Archive; readonly mode: ImportMode };

export type ArchiveFileState =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly fileName: string }
  | {
      readonly step: 'invalid';
      readonly fileName: string;
      readonly issues: readonly DomainIssue[];
      readonly source: unknown;
    }
  | (Chosen & { readonly step: 'ready'; readonly preview: PreviewResult | null })
  | (Chosen & { readonly step: 'working'; readonly preview: PreviewResult | null })
  | (Chosen & { readonly step: 'done'; readonly outcome: Extract<ImportOutcome, { ok: true }> })
  | (Chosen & { readonly step: 'failed'; readonly issues: readonly DomainIssue[] });

/**
 * Importing an archive file: read and check it (nothing is written while it has a problem), preview
 * what each mode would do, then import on confirmation.
 */
export function useArchiveFile() {
  const { repositories, changed } = useWorkspace();
  const [state, setState] = useState<ArchiveFileState>({ step: 'idle' });

  const preview = useCallback(
    async (chosen: Chosen) => {
      setState({ ...chosen, step: 'ready', preview: null });
      const result = await previewImport(repositories, chosen.archive, chosen.mode, await archiveDoors());
      setState({ ...chosen, step: 'ready', preview: result });
    },
    [repositories],
  );

  const choose = useCallback(
    async (file: File) => {
      setState({ step: 'reading', fileName: file.name });
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        setState({
          step: 'invalid',
          fileName: file.name,
          source: null,
          issues: [issue('json', [], { detail: String(error) })],
        });
        return;
      }
      const reading = readArchive(text);
      if (!reading.ok) {
        setState({ step: 'invalid', fileName: file.name, issues: reading.issues, source: reading.input });
        return;
      }
      await preview({ fileName: file.name, archive: reading.archive, mode: 'merge' });
    },
    [preview],
  );

  const setMode = useCallback(
    (mode: ImportMode) => {
      if (state.step === 'ready' && state.mode !== mode)
        void preview({ fileName: state.fileName, archive: state.archive, mode });
    },
    [state, preview],
  );

  const confirm = useCallback(async () => {
    if (state.step !== 'ready') return;
    const chosen = { fileName: state.fileName, archive: state.archive, mode: state.mode };
    setState({ ...chosen, step: 'working', preview: state.preview });
    const outcome = await runImport(repositories, chosen.archive, chosen.mode);
    if (outcome.ok && outcome.changed) changed();
    setState(outcome.ok ? { ...chosen, step: 'done', outcome } : { ...chosen, step: 'failed', issues: outcome.issues });
  }, [state, repositories, changed]);

  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, choose, setMode, confirm, reset };
}
