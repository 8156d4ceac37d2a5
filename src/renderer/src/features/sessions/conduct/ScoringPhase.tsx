import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expectedSheets } from '../../../../../shared/domain/council-session/session-progress';
import { hrefOf } from '../../../app/routes';
import { useWorkspace } from '../../../app/workspace-context';
import type { LoadedSession } from '../use-session';
import { ChairDialog } from './ChairDialog';
import { ProductsPanel } from './ProductsPanel';
import { RollCall } from './RollCall';
import { ScoringBoard } from './ScoringBoard';

/**
 * While the members score: the progress board (never the scores), the way to the scoring tab, and the
 * chair's early opening of the sealed sheets. The roll call (PINs) and the exclusions stay at hand below.
 */
export function ScoringPhase({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const { session, sheets } = loaded;
  const [revealing, setRevealing] = useState(false);
  const left = expectedSheets(session, sheets).filter((s) => s.progress !== 'sealed').length;
  return (
    <>
      <section className="card conduct-section" aria-labelledby="board-title">
        <div className="section-head">
          <h2 id="board-title">{t('sessions.conduct.board.title')}</h2>
          <div className="section-actions">
            <a className="button secondary" href={hrefOf('sessions', session.id, 'score')}>
              {t('sessions.conduct.board.goScore')}
            </a>
            <button type="button" className="button" onClick={() => setRevealing(true)}>
              {t('sessions.conduct.reveal.button')}
            </button>
          </div>
        </div>
        <p className="muted">{t('sessions.conduct.board.intro')}</p>
        {left === 0 ? (
          <p className="notice success" role="status">
            {t('sessions.conduct.board.allSealed')} {t('sessions.conduct.reveal.allSealed')}
          </p>
        ) : null}
        <ScoringBoard session={session} sheets={sheets} />
      </section>
      <details className="card conduct-details">
        <summary>{t('sessions.conduct.rollCall.title')}</summary>
        <RollCall session={session} embedded />
      </details>
      <details className="card conduct-details">
        <summary>{t('sessions.conduct.products.title')}</summary>
        <ProductsPanel session={session} embedded />
      </details>
      {revealing ? (
        <ChairDialog
          session={session}
          title={t('sessions.conduct.reveal.title')}
          saveLabel={t('sessions.conduct.reveal.save')}
          act={(chairId) => repositories.sessions.reveal(session.id, chairId)}
          onClose={() => setRevealing(false)}
        >
          <p>{left > 0 ? t('sessions.conduct.reveal.intro', { left }) : t('sessions.conduct.reveal.allSealed')}</p>
        </ChairDialog>
      ) : null}
    </>
  );
}
