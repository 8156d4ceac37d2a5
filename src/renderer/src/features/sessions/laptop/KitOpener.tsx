import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import { issue } from '../../../../../shared/domain/issues/domain-issue';
import { council } from '../../../app/council-client';
import { hrefOf, navigate } from '../../../app/routes';
import { useWorkspace } from '../../../app/workspace-context';
import { FileButton } from '../../../components/FileButton';
import { IssuesNotice } from '../scoring/ScoringIssues';
import { openKit, type KitOpening } from './open-kit';

type OpenState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; opening: Extract<KitOpening, { ok: false }>; sessionId: string | null };

/** Reads the session id a kit file names, to offer opening a session that is already here. */
function kitSessionId(text: string): string | null {
  try {
    const value = JSON.parse(text) as { session?: { id?: unknown } };
    return typeof value.session?.id === 'string' ? value.session.id : null;
  } catch {
    return null;
  }
}

/**
 * "Mở tệp giao cho thành viên": the member kit file from the secretary. Its rubric pack is imported first
 * when this laptop does not have that version; then the session opens for the member to score.
 */
export function KitOpener() {
  const { t } = useTranslation();
  const { repositories, changed } = useWorkspace();
  const id = useId();
  const [state, setState] = useState<OpenState>({ step: 'idle' });

  const choose = async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setState({
        step: 'refused',
        fileName: file.name,
        opening: { ok: false, stage: 'file', issues: [issue('fileUnreadable', [], { detail })] },
        sessionId: null,
      });
      return;
    }
    const opening = await openKit(text, {
      packVersions: async (packId) => (await council.rubricList()).find((pack) => pack.id === packId)?.versions ?? [],
      importPack: (fileName, packText) => council.rubricImport({ fileName, text: packText }),
      importKit: (kit) => repositories.sheets.importKit(kit),
    });
    if (!opening.ok) {
      setState({ step: 'refused', fileName: file.name, opening, sessionId: kitSessionId(text) });
      return;
    }
    changed();
    navigate('sessions', 'member', opening.kit.session.id);
  };

  const refusal = state.step === 'refused' ? state : null;
  const exists = refusal?.opening.issues.some((found: DomainIssue) => found.key === 'session.kit.exists') ?? false;
  return (
    <section className="card kit-opener" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sessions.laptop.open.title')}</h2>
      <ol className="steps-list">
        <li>{t('sessions.laptop.open.step1')}</li>
        <li>{t('sessions.laptop.open.step2')}</li>
        <li>{t('sessions.laptop.open.step3')}</li>
        <li>{t('sessions.laptop.open.step4')}</li>
      </ol>
      <FileButton
        primary
        label={t('sessions.laptop.open.choose')}
        disabled={state.step === 'reading'}
        onFile={(file) => void choose(file)}
      />
      {state.step === 'reading' ? (
        <p role="status">{t('sessions.laptop.open.reading', { file: state.fileName })}</p>
      ) : null}
      {refusal ? (
        <IssuesNotice
          title={t(`sessions.laptop.open.refused.${refusal.opening.stage}`, { file: refusal.fileName })}
          issues={refusal.opening.issues}
        >
          {exists && refusal.sessionId ? (
            <p>
              <a href={hrefOf('sessions', 'member', refusal.sessionId)}>{t('sessions.laptop.open.openExisting')}</a>
            </p>
          ) : null}
          {refusal.opening.stage === 'pack' ? <p>{t('sessions.laptop.open.packHelp')}</p> : null}
        </IssuesNotice>
      ) : null}
    </section>
  );
}
