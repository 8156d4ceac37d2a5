import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import type { SessionPhase } from '../../../../../shared/domain/council-session/session.schema';
import type { LoadedSession } from '../use-session';
import { ConfirmedPhase } from './ConfirmedPhase';
import { ExportSession } from './ExportSession';
import { FinalisedPhase } from './FinalisedPhase';
import { ProductsPanel } from './ProductsPanel';
import { ReviewPhase } from './ReviewPhase';
import { RollCall } from './RollCall';
import { ScoringPhase } from './ScoringPhase';
import { StartPanel } from './StartPanel';
import './conduct.css';

const STEPS: readonly SessionPhase[] = ['preparing', 'scoring', 'review', 'confirmed', 'finalised'];

/** Where the session is among its steps: done, current, to come. */
function Steps({ phase }: { phase: SessionPhase }) {
  const { t } = useTranslation();
  const current = STEPS.indexOf(phase);
  return (
    <ol className="conduct-steps" aria-label={t('sessions.conduct.stepsLabel')}>
      {STEPS.map((step, index) => (
        <li
          key={step}
          className={index < current ? 'done' : index === current ? 'current' : undefined}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="step-number" aria-hidden="true">
            {index < current ? '✓' : index + 1}
          </span>
          {t(`sessions.phase.${step}`)}
        </li>
      ))}
    </ol>
  );
}

/**
 * The secretary and the chair conduct the session, step by step: the roll call, conflicts and the
 * quorum gate; the progress board while members score; the spread review and re-score rounds; the
 * chair's confirmation; finalisation; amendments. The session file can be exported at every step.
 */
export function ConductTab({ loaded }: { loaded: LoadedSession }) {
  const { t } = useTranslation();
  const { session } = loaded;
  if (session.remoteMember !== null) {
    const name = session.members.find((m) => m.memberId === session.remoteMember)?.name ?? session.remoteMember;
    return (
      <div className="conduct">
        <Steps phase={session.phase} />
        <Notice tone="warning" title={t('sessions.conduct.remote', { name })} />
      </div>
    );
  }
  return (
    <div className="conduct">
      <Steps phase={session.phase} />
      {session.phase === 'preparing' ? (
        <>
          <RollCall session={session} />
          <ProductsPanel session={session} />
          <StartPanel session={session} incomplete={loaded.incomplete} />
        </>
      ) : null}
      {session.phase === 'scoring' ? <ScoringPhase loaded={loaded} /> : null}
      {session.phase === 'review' ? <ReviewPhase loaded={loaded} /> : null}
      {session.phase === 'confirmed' ? <ConfirmedPhase loaded={loaded} /> : null}
      {session.phase === 'finalised' ? <FinalisedPhase loaded={loaded} /> : null}
      <ExportSession session={session} />
    </div>
  );
}
