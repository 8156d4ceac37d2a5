import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { downloadText } from '../../../components/download';
import { sessionFileName } from './session-review';

/**
 * "Xuất tệp phiên chấm (session@1)": the session with every sealed sheet of every round, the very file
 * the command-line tool computes the same results from.
 */
export function ExportSession({ session }: { session: CouncilSession }) {
  const { t } = useTranslation();
  const { repositories, changed } = useWorkspace();
  const [exported, setExported] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await repositories.sessions.exportFile(session.id);
      if (!file) return;
      const name = sessionFileName(session.title);
      downloadText(name, `${JSON.stringify(file, null, 2)}\n`);
      setExported(name);
      changed();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="conduct-export" aria-label={t('sessions.conduct.export.button')}>
      <button type="button" className="button secondary" disabled={busy} onClick={() => void run()}>
        {t('sessions.conduct.export.button')}
      </button>
      <p className="field-hint">
        {t('sessions.conduct.export.hint')} <code className="cli-command">{t('sessions.conduct.export.command')}</code>
      </p>
      {exported ? (
        <p className="export-done" role="status">
          {t('sessions.conduct.export.done', { file: exported })}
        </p>
      ) : null}
    </section>
  );
}
