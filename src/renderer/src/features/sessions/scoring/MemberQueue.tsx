import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shortSeal } from '../../../../../shared/domain/council-session/canonical-sheet';
import type { SessionMemberSnapshot } from '../../../../../shared/domain/council-session/session.schema';
import type { LoadedSession } from '../use-session';
import type { QueueItem } from './member-queue';
import { ProgressPill } from './ProgressPill';

/**
 * A member's sheets of the current rounds: each product they score (not recused, not excluded) with how
 * far their sheet has got and the way to open it. Only this member's own sheets are listed.
 */
export function MemberQueue({
  loaded,
  member,
  queue,
  sheetHref,
  onOpen,
  actions,
  children,
  footer,
  ownLaptop = false,
}: {
  loaded: LoadedSession;
  member: SessionMemberSnapshot;
  queue: readonly QueueItem[];
  sheetHref: (productId: string) => string;
  onOpen: () => void;
  actions?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** On the member's own laptop: nobody to hand over to, the packet to export instead. */
  ownLaptop?: boolean;
}) {
  const { t } = useTranslation();
  const left = queue.filter((item) => item.progress !== 'sealed').length;
  return (
    <section className="card member-queue" aria-labelledby="member-queue-title">
      <div className="scoring-head">
        <div>
          <h2 id="member-queue-title">{t('sessions.score.queue.title', { name: member.name })}</h2>
          <p className="muted">{t('sessions.score.queue.intro')}</p>
        </div>
        {actions ? <div className="scoring-head-actions">{actions}</div> : null}
      </div>
      {children}
      {queue.length === 0 ? (
        <p>{t('sessions.score.queue.empty')}</p>
      ) : (
        <>
          {left === 0 ? (
            <p className="notice success" role="status">
              {ownLaptop ? t('sessions.score.queue.allDoneOwn') : t('sessions.score.queue.allDone')}
            </p>
          ) : null}
          <ol className="queue-list">
            {queue.map((item) => {
              const set = loaded.sets.get(item.product.productSet);
              return (
                <li key={item.product.productId} className={`queue-item is-${item.progress}`}>
                  <a
                    className="queue-link"
                    href={sheetHref(item.product.productId)}
                    onClick={onOpen}
                    aria-label={t('sessions.score.queue.openAria', {
                      product: item.product.name,
                      state: t(`sessions.score.state.${item.progress}`),
                    })}
                  >
                    <span className="queue-product">
                      <span className="queue-name">{item.product.name}</span>
                      <span className="queue-meta">
                        {[
                          set ? t('sessions.score.setName', { no: set.no, name: set.name }) : null,
                          item.product.producerName,
                          t('sessions.score.round', { round: item.product.round }),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </span>
                    <span className="queue-state">
                      <ProgressPill progress={item.progress} />
                      {item.seal ? <code className="seal-code">{shortSeal(item.seal)}</code> : null}
                    </span>
                    <span className="queue-action" aria-hidden="true">
                      {t(`sessions.score.queue.action.${item.progress}`)} →
                    </span>
                  </a>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {footer}
    </section>
  );
}
