import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import type { CompiledSet } from '../../../../../shared/domain/scoring/compiled-set';
import type { SessionResults } from '../../../../../shared/domain/scoring/compute-results';
import { useWorkspace } from '../../../app/workspace-context';
import { ActionIssues } from './ActionIssues';
import { spreadRows } from './session-review';
import { useSessionAction } from './useSessionAction';

/**
 * The spread rule: products whose member totals differ by more than the threshold, lowest and highest
 * total and every member's, and a re-score round for the ones the council chooses (all, at first).
 */
export function SpreadReview({
  session,
  results,
  compiled,
}: {
  session: CouncilSession;
  results: SessionResults;
  compiled: ReadonlyMap<number, CompiledSet>;
}) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const action = useSessionAction();
  const rows = spreadRows(session, results);
  const threshold = session.rules.spreadThreshold;
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const chosen = rows.map((r) => r.product.productId).filter((id) => !unticked.has(id));
  const toggle = (id: string, on: boolean) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section className="card conduct-section" aria-labelledby="spread-title">
      <h2 id="spread-title">{t('sessions.conduct.review.title')}</h2>
      <p className="muted">{t('sessions.conduct.review.intro', { threshold })}</p>
      {rows.length === 0 ? (
        <p className="notice success" role="status">
          {t('sessions.conduct.review.none', { threshold })}
        </p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table spread-table" aria-label={t('sessions.conduct.review.tableLabel')}>
              <thead>
                <tr>
                  <th>
                    <span className="visually-hidden">{t('sessions.conduct.review.rescore')}</span>
                  </th>
                  <th>{t('sessions.conduct.review.columns.product')}</th>
                  <th>{t('sessions.conduct.review.columns.round')}</th>
                  <th>{t('sessions.conduct.review.columns.range')}</th>
                  <th>{t('sessions.conduct.review.columns.spread')}</th>
                  <th>{t('sessions.conduct.review.columns.totals')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.product.productId}>
                    <td>
                      <input
                        type="checkbox"
                        className="row-check"
                        checked={!unticked.has(row.product.productId)}
                        aria-label={t('sessions.conduct.review.choose', { product: row.product.name })}
                        onChange={(e) => toggle(row.product.productId, e.target.checked)}
                      />
                    </td>
                    <td>
                      <span className="cell-main">{row.product.name}</span>
                      <div className="cell-sub">{t('sessions.create.setValue', { no: row.product.productSet })}</div>
                    </td>
                    <td className="nowrap">{t('sessions.conduct.board.round', { round: row.round })}</td>
                    <td className="nowrap">{t('sessions.conduct.review.range', { min: row.min, max: row.max })}</td>
                    <td className="nowrap">
                      <span className="pill bad">
                        {t('sessions.conduct.review.spread', { spread: row.spread, threshold })}
                      </span>
                    </td>
                    <td>
                      <ul className="totals-list">
                        {row.totals.map((total) => (
                          <li
                            key={total.memberId}
                            className={total.total === row.min ? 'low' : total.total === row.max ? 'high' : undefined}
                          >
                            {t('sessions.conduct.review.total', { name: total.name, total: total.total })}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ActionIssues issues={action.issues} />
          <div className="section-foot">
            <button
              type="button"
              className="button"
              disabled={chosen.length === 0 || action.busy}
              onClick={() => void action.run(() => repositories.sessions.openRescore(session.id, chosen, compiled))}
            >
              {t('sessions.conduct.review.rescore')}
            </button>
            <span className="field-hint">{t('sessions.conduct.review.rescoreHint')}</span>
          </div>
        </>
      )}
    </section>
  );
}
