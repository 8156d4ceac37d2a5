import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CouncilSession,
  SessionProductSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { ActionIssues } from './ActionIssues';
import { ConflictDialog } from './ConflictDialog';
import { ExcludeDialog } from './ExcludeDialog';
import { useSessionAction } from './useSessionAction';

type Open = { kind: 'conflict' | 'exclude'; product: SessionProductSnapshot } | null;

/**
 * The session's products with their conflicts of interest (declare, withdraw: while preparing) and the
 * exclusion of a product at the meeting (while preparing or scoring).
 */
export function ProductsPanel({ session, embedded = false }: { session: CouncilSession; embedded?: boolean }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const action = useSessionAction();
  const [open, setOpen] = useState<Open>(null);
  const conflictsOpen = session.phase === 'preparing';
  const excludeOpen = session.phase === 'preparing' || session.phase === 'scoring';
  const nameOf = (memberId: string) => session.members.find((m) => m.memberId === memberId)?.name ?? memberId;
  return (
    <section
      className={embedded ? 'conduct-section' : 'card conduct-section'}
      aria-label={t('sessions.conduct.products.title')}
    >
      {embedded ? null : <h2 id="conduct-products-title">{t('sessions.conduct.products.title')}</h2>}
      <p className="muted">{t('sessions.conduct.products.intro')}</p>
      <ActionIssues issues={action.issues} />
      <div className="table-wrap">
        <table className="data-table conduct-products" aria-label={t('sessions.conduct.products.tableLabel')}>
          <thead>
            <tr>
              <th>{t('sessions.conduct.products.columns.product')}</th>
              <th>{t('sessions.conduct.products.columns.set')}</th>
              <th>{t('sessions.conduct.products.columns.attempt')}</th>
              <th>{t('sessions.conduct.products.columns.conflicts')}</th>
              {conflictsOpen || excludeOpen ? <th>{t('sessions.conduct.products.columns.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {session.products.map((product) => {
              const out = product.disqualified !== null;
              return (
                <tr key={product.productId} className={out ? 'is-excluded' : undefined}>
                  <td>
                    <span className="cell-main">{product.name}</span>
                    <div className="cell-sub">{[product.producerName, product.code].filter(Boolean).join(' · ')}</div>
                    {out ? (
                      <div className="excluded-reason">
                        <span className="pill bad">{t('status.disqualified')}</span>{' '}
                        {t('sessions.conduct.products.excluded', { reason: product.disqualified ?? '' })}
                      </div>
                    ) : null}
                  </td>
                  <td className="nowrap">{t('sessions.create.setValue', { no: product.productSet })}</td>
                  <td>{t(`products.attempt.${product.attempt}`)}</td>
                  <td>
                    {product.conflicts.length === 0 ? (
                      <span className="muted">{t('sessions.conduct.products.none')}</span>
                    ) : (
                      <ul className="conflict-list">
                        {product.conflicts.map((conflict) => (
                          <li key={conflict.memberId}>
                            <span className="conflict-name">{nameOf(conflict.memberId)}</span>
                            {conflict.note ? <span className="cell-sub"> · {conflict.note}</span> : null}{' '}
                            {conflictsOpen ? (
                              <button
                                type="button"
                                className="button small secondary"
                                disabled={action.busy}
                                aria-label={t('sessions.conduct.products.withdrawOf', {
                                  name: nameOf(conflict.memberId),
                                  product: product.name,
                                })}
                                onClick={() =>
                                  void action.run(() =>
                                    repositories.sessions.withdrawConflict(
                                      session.id,
                                      product.productId,
                                      conflict.memberId,
                                    ),
                                  )
                                }
                              >
                                {t('sessions.conduct.products.withdraw')}
                              </button>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  {conflictsOpen || excludeOpen ? (
                    <td>
                      {out ? null : (
                        <div className="row-actions">
                          {conflictsOpen ? (
                            <button
                              type="button"
                              className="button small secondary"
                              aria-label={t('sessions.conduct.products.declareFor', { product: product.name })}
                              onClick={() => setOpen({ kind: 'conflict', product })}
                            >
                              {t('sessions.conduct.products.declare')}
                            </button>
                          ) : null}
                          <button
                            type="button"
                            className="button small secondary danger-text"
                            aria-label={t('sessions.conduct.products.excludeOf', { product: product.name })}
                            onClick={() => setOpen({ kind: 'exclude', product })}
                          >
                            {t('sessions.conduct.products.exclude')}
                          </button>
                        </div>
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {open?.kind === 'conflict' ? (
        <ConflictDialog session={session} product={open.product} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'exclude' ? (
        <ExcludeDialog session={session} product={open.product} onClose={() => setOpen(null)} />
      ) : null}
    </section>
  );
}
