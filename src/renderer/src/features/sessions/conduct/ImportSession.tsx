import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../../components/FileButton';
import { z } from 'zod';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import type { RubricPack } from '../../../../../shared/domain/rubric/rubric-pack.schema';
import type { SessionFile } from '../../../../../shared/domain/session/session-file.schema';
import { isoDateField, requiredText } from '../../../../../shared/domain/workspace/fields';
import { council } from '../../../app/council-client';
import { navigate } from '../../../app/routes';
import { useWorkspace } from '../../../app/workspace-context';
import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/FormActions';
import { FormIssues } from '../../../components/form/FormIssues';
import { TextInput } from '../../../components/form/inputs';
import { useSaveForm } from '../../../components/form/useSaveForm';
import { validated } from '../../../db/repository-context';
import { Notice } from '../../../components/Notice';
import { capitalise, fileIssueText } from './ActionIssues';
import { readSessionFile } from './import-session';

const LISTED = 20;

/** What the user names when importing: the session's title and its meeting day. */
const importDetails = z.strictObject({ title: requiredText(300), date: isoDateField });

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; issues: readonly DomainIssue[]; source: unknown }
  | { step: 'ready'; fileName: string; file: SessionFile; pack: RubricPack };

/** Reads and checks a chosen session@1 file against the pack it names (asked of main). */
export function useSessionImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const choose = async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    const text = await file.text();
    const read = await readSessionFile(text, (id) => council.rubricPack({ pack: id }).catch(() => undefined));
    setState(
      read.ok
        ? { step: 'ready', fileName: file.name, file: read.file, pack: read.pack }
        : { step: 'refused', fileName: file.name, issues: read.issues, source: read.source },
    );
  };
  return { state, choose, reset: () => setState({ step: 'idle' }) };
}

/** The button that opens the file chooser for a session file (the input stays out of the tab order). */
export function ImportSessionButton({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation();
  return <FileButton label={t('sessions.list.import')} onFile={onFile} />;
}

/** What the import says on the list: checking, or every problem of a refused file with its place. */
export function ImportFeedback({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  if (state.step === 'reading') {
    return <p role="status">{t('sessions.importFile.reading', { file: state.fileName })}</p>;
  }
  if (state.step !== 'refused') return null;
  return (
    <Notice tone="error" title={t('sessions.importFile.failed', { file: state.fileName })}>
      <p>{t('sessions.importFile.fix')}</p>
      <ul className="import-issues">
        {state.issues.slice(0, LISTED).map((found, index) => (
          <li key={index}>{capitalise(fileIssueText(found, t, state.source))}</li>
        ))}
      </ul>
      {state.issues.length > LISTED ? (
        <p>{t('sessions.importFile.more', { count: state.issues.length - LISTED })}</p>
      ) : null}
    </Notice>
  );
}

/** A checked file: name the session and its meeting day, then import it and open it. */
export function ImportSessionDialog({
  state,
  onClose,
}: {
  state: Extract<ImportState, { step: 'ready' }>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { repositories, today } = useWorkspace();
  const [title, setTitle] = useState<string>(() =>
    t('sessions.importFile.defaultTitle', { file: state.fileName.replace(/\.json$/i, '') }),
  );
  const [date, setDate] = useState<string>(today);
  const { issues, saving, submit } = useSaveForm(
    async () => {
      const details = validated(importDetails, { title: title.trim(), date });
      if (!details.ok) return details;
      return repositories.sheets.importFile(state.file, state.pack, details.value.title, details.value.date);
    },
    (session) => navigate('sessions', session.id),
  );
  const labels = { title: t('sessions.importFile.fields.title'), date: t('sessions.importFile.fields.date') };
  const { file } = state;
  return (
    <Dialog title={t('sessions.importFile.title')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>
          {t('sessions.importFile.summary', {
            council: file.council.name,
            members: file.council.members.length,
            products: file.products.length,
            sheets: file.sheets.length,
            pack: `${state.pack.id} (v${state.pack.version})`,
          })}
        </p>
        <p className="muted">{t('sessions.importFile.hint')}</p>
        <FormIssues issues={issues} labels={labels}>
          <div className="form-grid">
            <div className="wide">
              <TextInput label={labels.title} path="title" required value={title} onChange={setTitle} />
            </div>
            <TextInput label={labels.date} path="date" type="date" required value={date} onChange={setDate} />
          </div>
        </FormIssues>
        <FormActions onCancel={onClose} saving={saving} saveLabel={t('sessions.importFile.save')} />
      </form>
    </Dialog>
  );
}
