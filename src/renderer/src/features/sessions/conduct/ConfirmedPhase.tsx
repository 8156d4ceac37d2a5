import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../../app/routes';
import { useWorkspace } from '../../../app/workspace-context';
import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/FormActions';
import { FormIssues } from '../../../components/form/FormIssues';
import { useSaveForm } from '../../../components/form/useSaveForm';
import { takeSnapshot } from '../../archive';
import type { LoadedSession } from '../use-session';
import { localised } from './ActionIssues';
import { SILENT_PATHS } from './ChairDialog';
import { formatMoment } from './moment';

/** Confirmed by the chair: finalise and lock, after a clear warning that nothing changes in place later. */
export function ConfirmedPhase({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const { session } = loaded;
  const [asking, setAsking] = useState(false);
  const confirmation = session.confirmation;
  const chair = session.members.find((m) => m.memberId === confirmation?.by);
  return (
    <section className="card conduct-section" aria-labelledby="finalise-title">
      <div className="section-head">
        <h2 id="finalise-title">{t('sessions.conduct.finalise.title')}</h2>
        <a className="button secondary" href={hrefOf('sessions', session.id, 'results')}>
          {t('sessions.conduct.review.results')}
        </a>
      </div>
      {confirmation ? (
        <p>
          {t('sessions.conduct.finalise.confirmedBy', {
            name: chair?.name ?? confirmation.by,
            at: formatMoment(confirmation.at),
          })}
          {confirmation.note ? (
            <>
              <br />
              <span className="prewrap">{t('sessions.conduct.finalise.note', { note: confirmation.note })}</span>
            </>
          ) : null}
        </p>
      ) : null}
      <div className="notice warning">
        <p>{t('sessions.conduct.finalise.warning')}</p>
      </div>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('sessions.conduct.finalise.button')}
      </button>
      {asking ? <FinaliseDialog loaded={loaded} onClose={() => setAsking(false)} /> : null}
    </section>
  );
}

function FinaliseDialog({ loaded, onClose }: { loaded: LoadedSession; onClose: () => void }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const { issues, saving, submit } = useSaveForm(async () => {
    const finalised = await repositories.sessions.finalise(loaded.session.id, loaded.compiled);
    // The finalised results go into a snapshot at once (in the background; a failure raises an alert).
    if (finalised.ok) void takeSnapshot(repositories, 'finalise');
    return finalised;
  }, onClose);
  return (
    <Dialog title={t('sessions.conduct.finalise.dialog')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormIssues issues={issues.map((found) => localised(found, t))} labels={SILENT_PATHS}>
          <p>{t('sessions.conduct.finalise.dialogIntro')}</p>
          <div className="notice warning">
            <p>{t('sessions.conduct.finalise.warning')}</p>
          </div>
        </FormIssues>
        <FormActions onCancel={onClose} saving={saving} saveLabel={t('sessions.conduct.finalise.save')} />
      </form>
    </Dialog>
  );
}
