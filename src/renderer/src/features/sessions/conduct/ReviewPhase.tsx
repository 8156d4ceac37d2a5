import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expectedSheets } from '../../../../../shared/domain/council-session/session-progress';
import { hrefOf } from '../../../app/routes';
import { useLoad } from '../../../app/use-load';
import { useWorkspace } from '../../../app/workspace-context';
import { TextArea } from '../../../components/form/inputs';
import { Notice } from '../../../components/Notice';
import type { LoadedSession } from '../use-session';
import { ActionIssues } from './ActionIssues';
import { ChairDialog } from './ChairDialog';
import { unsettledProducts } from './session-review';
import { SpreadReview } from './SpreadReview';
import { useSessionAction } from './useSessionAction';

/**
 * After the sheets are open: the spread review (re-score rounds), the sheets still missing after an early
 * opening, and the chair's confirmation once every product is settled. The results themselves are on
 * the Results tab.
 */
export function ReviewPhase({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const { session, sheets, compiled } = loaded;
  const results = useLoad(
    () => repositories.sessions.results(session, compiled),
    [session, sheets, compiled, revision],
  );
  const resume = useSessionAction();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const missing = expectedSheets(session, sheets).filter((s) => s.progress !== 'sealed').length;
  if (results.state === 'loading') return <p>{t('sessions.conduct.review.loading')}</p>;
  if (results.state === 'failed') {
    return <Notice tone="error" title={t('common.loadFailed', { detail: results.error.message })} />;
  }
  const unsettled = unsettledProducts(session, results.value);
  return (
    <>
      {missing > 0 ? (
        <div className="notice warning" role="status">
          <p>{t('sessions.conduct.review.missing', { count: missing })}</p>
          <ActionIssues issues={resume.issues} />
          <button
            type="button"
            className="button"
            disabled={resume.busy}
            onClick={() => void resume.run(() => repositories.sessions.resumeScoring(session.id))}
          >
            {t('sessions.conduct.review.resume')}
          </button>
        </div>
      ) : null}
      <SpreadReview key={session.updatedAt} session={session} results={results.value} compiled={compiled} />
      <section className="card conduct-section" aria-labelledby="confirm-title">
        <div className="section-head">
          <h2 id="confirm-title">{t('sessions.conduct.confirm.title')}</h2>
          <a className="button secondary" href={hrefOf('sessions', session.id, 'results')}>
            {t('sessions.conduct.review.results')}
          </a>
        </div>
        <p className="muted">{t('sessions.conduct.confirm.intro')}</p>
        {unsettled.length > 0 ? (
          <div className="notice warning" role="status">
            <h3>{t('sessions.conduct.confirm.unsettled')}</h3>
            <ul>
              {unsettled.map(({ product, status }) => (
                <li key={product.productId}>
                  {t('sessions.conduct.confirm.unsettledItem', {
                    product: product.name,
                    status: t(`status.${status}`),
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={unsettled.length > 0 || missing > 0}
          onClick={() => setConfirming(true)}
        >
          {t('sessions.conduct.confirm.button')}
        </button>
      </section>
      {confirming ? (
        <ChairDialog
          session={session}
          title={t('sessions.conduct.confirm.dialog')}
          saveLabel={t('sessions.conduct.confirm.button')}
          labels={{ note: t('sessions.conduct.confirm.note') }}
          act={(chairId) => repositories.sessions.confirm(session.id, chairId, note, compiled)}
          onClose={() => setConfirming(false)}
        >
          <p className="muted">{t('sessions.conduct.confirm.intro')}</p>
          <TextArea
            label={t('sessions.conduct.confirm.note')}
            path="note"
            hint={t('sessions.conduct.confirm.noteHint')}
            value={note}
            onChange={setNote}
          />
        </ChairDialog>
      ) : null}
    </>
  );
}
