import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import type { SessionMemberSnapshot } from '../../../../../shared/domain/council-session/session.schema';
import { useWorkspace } from '../../../app/workspace-context';
import type { LoadedSession } from '../use-session';
import { downloadJson } from '../../../components/download';
import { sheetPacketFileName } from './file-names';
import { memberQueue } from './member-queue';
import { IssuesNotice } from './ScoringIssues';

type ExportState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; fileName: string; count: number }
  | { step: 'failed'; issues: readonly DomainIssue[] };

/**
 * On a member's own laptop: "Xuất gói phiếu đã niêm phong", the member's sealed sheets authenticated with
 * their key, saved as a file to take to the secretary (a USB stick).
 */
export function PacketExport({ loaded, member }: { loaded: LoadedSession; member: SessionMemberSnapshot }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const id = useId();
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const queue = memberQueue(loaded.session, loaded.sheets, member.memberId);
  const sealed = queue.filter((item) => item.progress === 'sealed').length;

  const run = async () => {
    setState({ step: 'busy' });
    const packet = await repositories.sheets.exportPacket(loaded.session.id, member.memberId);
    if (!packet.ok) {
      setState({ step: 'failed', issues: packet.issues });
      return;
    }
    const fileName = sheetPacketFileName(member.name);
    downloadJson(fileName, packet.value);
    setState({ step: 'done', fileName, count: packet.value.sheets.length });
  };

  return (
    <section className="packet-export" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('sessions.laptop.export.title')}</h3>
      <p className="muted">
        {sealed === queue.length
          ? t('sessions.laptop.export.allSealed', { count: sealed })
          : t('sessions.laptop.export.someSealed', { sealed, total: queue.length })}
      </p>
      <button
        type="button"
        className="button"
        disabled={sealed === 0 || state.step === 'busy'}
        onClick={() => void run()}
      >
        {t('sessions.laptop.export.button')}
      </button>
      {state.step === 'done' ? (
        <div className="notice success" role="status">
          <h3>{t('sessions.laptop.export.done', { file: state.fileName, count: state.count })}</h3>
          <ol className="steps-list">
            <li>{t('sessions.laptop.export.step1')}</li>
            <li>{t('sessions.laptop.export.step2')}</li>
            <li>{t('sessions.laptop.export.step3')}</li>
          </ol>
        </div>
      ) : null}
      {state.step === 'failed' ? (
        <IssuesNotice title={t('sessions.laptop.export.failed')} issues={state.issues} />
      ) : null}
    </section>
  );
}
