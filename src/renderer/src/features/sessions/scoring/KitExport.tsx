import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import { issue } from '../../../../../shared/domain/issues/domain-issue';
import { council } from '../../../app/council-client';
import { useWorkspace } from '../../../app/workspace-context';
import type { LoadedSession } from '../use-session';
import { downloadJson } from '../../../components/download';
import { memberKitFileName } from './file-names';
import { memberTallies } from './member-queue';
import { IssuesNotice } from './ScoringIssues';

type KitState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; fileName: string; name: string }
  | { step: 'failed'; issues: readonly DomainIssue[] };

/**
 * "Giao phiếu cho thành viên chấm trên máy riêng": the member kit of one member (the session, the member's
 * key, the whole rubric pack), saved as a file to carry to the member's laptop.
 */
export function KitExport({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const id = useId();
  const { session } = loaded;
  const tallies = memberTallies(session, loaded.sheets).filter((tally) => tally.expected > 0);
  const [memberId, setMemberId] = useState('');
  const [state, setState] = useState<KitState>({ step: 'idle' });
  const member = tallies.find((tally) => tally.member.memberId === memberId)?.member;

  const run = async () => {
    if (!member) return;
    setState({ step: 'busy' });
    try {
      const pack = await council.rubricPack({ pack: session.pack.id, version: session.pack.version });
      const kit = await repositories.sheets.exportKit(session.id, member.memberId, pack);
      if (!kit.ok) {
        setState({ step: 'failed', issues: kit.issues });
        return;
      }
      const fileName = memberKitFileName(member.name, session.title);
      downloadJson(fileName, kit.value);
      setState({ step: 'done', fileName, name: member.name });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setState({ step: 'failed', issues: [issue('fileUnreadable', [], { detail })] });
    }
  };

  return (
    <section className="card packets-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sessions.score.kit.title')}</h2>
      <p className="muted">{t('sessions.score.kit.intro')}</p>
      <form
        className="packets-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <div className="form-field">
          <label htmlFor={`${id}-member`}>{t('sessions.score.kit.member')}</label>
          <select
            id={`${id}-member`}
            value={memberId}
            onChange={(event) => {
              setMemberId(event.target.value);
              setState({ step: 'idle' });
            }}
          >
            <option value="">{t('sessions.score.paper.chooseMember')}</option>
            {tallies.map(({ member: m, sealed, expected }) => (
              <option key={m.memberId} value={m.memberId}>
                {t('sessions.score.paper.memberOption', { name: m.name, sealed, expected })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={!member || state.step === 'busy'}>
          {t('sessions.score.kit.export')}
        </button>
      </form>
      <p className="field-hint">{t('sessions.score.kit.secret')}</p>
      {state.step === 'done' ? (
        <div className="notice success" role="status">
          <h3>{t('sessions.score.kit.done', { file: state.fileName })}</h3>
          <ol className="steps-list">
            <li>{t('sessions.score.kit.step1', { name: state.name })}</li>
            <li>{t('sessions.score.kit.step2')}</li>
            <li>{t('sessions.score.kit.step3')}</li>
          </ol>
        </div>
      ) : null}
      {state.step === 'failed' ? <IssuesNotice title={t('sessions.score.kit.failed')} issues={state.issues} /> : null}
    </section>
  );
}
