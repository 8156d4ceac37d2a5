import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import { issue } from '../../../../../shared/domain/issues/domain-issue';
import { useWorkspace } from '../../../app/workspace-context';
import type { LoadedSession } from '../use-session';
import { readJsonFile } from './download';
import { FileButton } from '../../../components/FileButton';
import { packetSource, packetSender } from './packet-text';
import { IssuesNotice } from './ScoringIssues';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'done'; fileName: string; name: string; added: number; duplicates: number }
  | { step: 'refused'; fileName: string; issues: readonly DomainIssue[]; source: unknown };

/**
 * "Nhận gói phiếu đã niêm phong": a member's packet from their own laptop. The repository checks the
 * session, the member's key and every seal: a duplicate is ignored, anything altered is refused with the
 * reason and nothing is written.
 */
export function PacketImport({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const { repositories, changed } = useWorkspace();
  const id = useId();
  const { session } = loaded;
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const choose = async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    const read = await readJsonFile(file);
    if (!read.ok) {
      setState({
        step: 'refused',
        fileName: file.name,
        issues: [issue(read.key, [], { detail: read.detail })],
        source: null,
      });
      return;
    }
    const result = await repositories.sheets.importPacket(session.id, read.value, (no) => loaded.sets.get(no));
    if (!result.ok) {
      setState({
        step: 'refused',
        fileName: file.name,
        issues: result.issues,
        source: packetSource(read.value, session),
      });
      return;
    }
    changed();
    setState({ step: 'done', fileName: file.name, name: packetSender(read.value, session), ...result.value });
  };

  return (
    <section className="card packets-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sessions.score.packet.title')}</h2>
      <p className="muted">{t('sessions.score.packet.intro')}</p>
      <div className="packets-form">
        <FileButton
          primary
          label={t('sessions.score.packet.choose')}
          disabled={state.step === 'reading'}
          onFile={(file) => void choose(file)}
        />
      </div>
      {state.step === 'reading' ? (
        <p role="status">{t('sessions.score.packet.reading', { file: state.fileName })}</p>
      ) : null}
      {state.step === 'done' ? (
        <div className="notice success packet-result" role="status">
          <h3>{t('sessions.score.packet.done', { file: state.fileName, name: state.name })}</h3>
          <p>
            {t('sessions.score.packet.added', { count: state.added })}{' '}
            {state.duplicates > 0 ? t('sessions.score.packet.duplicates', { count: state.duplicates }) : null}
          </p>
        </div>
      ) : null}
      {state.step === 'refused' ? (
        <IssuesNotice
          title={t('sessions.score.packet.refused', { file: state.fileName })}
          issues={state.issues}
          source={state.source}
        >
          <p>{t('sessions.score.packet.nothingWritten')}</p>
        </IssuesNotice>
      ) : null}
    </section>
  );
}
