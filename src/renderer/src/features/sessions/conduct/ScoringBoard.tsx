import { useTranslation } from 'react-i18next';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import type { SheetState } from '../../../../../shared/domain/council-session/sheet-events';
import type { BoardCell } from './progress-board';
import { progressBoard } from './progress-board';

const CELLS: readonly BoardCell[] = ['missing', 'draft', 'sealed', 'recused'];

/**
 * Members × products for the current rounds: ○ not scored, ◐ being scored, ● sealed, never a score.
 * Products re-scored in a later round say which round.
 */
export function ScoringBoard({
  session,
  sheets,
}: {
  session: CouncilSession;
  sheets: ReadonlyMap<string, SheetState>;
}) {
  const { t } = useTranslation();
  const board = progressBoard(session, sheets);
  const state = (cell: BoardCell) => t(`sessions.conduct.board.state.${cell}`);
  return (
    <>
      <p className="board-summary" role="status">
        {t('sessions.conduct.board.summary', {
          sealed: board.sealed,
          expected: board.expected,
          draft: board.draft,
          missing: board.missing,
        })}
      </p>
      <div className="table-wrap">
        <table className="data-table progress-board" aria-label={t('sessions.conduct.board.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('sessions.conduct.board.product')}</th>
              {board.columns.map(({ member }) => (
                <th key={member.memberId} scope="col" className="board-member">
                  <span className="board-member-name">{member.name}</span>
                  <span className="cell-sub">{t(`role.${member.role}`)}</span>
                </th>
              ))}
              <th scope="col" className="number">
                {t('sessions.conduct.board.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((row) => (
              <tr key={row.product.productId} className={row.sealed === row.expected ? 'is-done' : undefined}>
                <th scope="row" className="board-product">
                  <span className="cell-main">{row.product.name}</span>
                  <span className="cell-sub">
                    {t('sessions.create.setValue', { no: row.product.productSet })}
                    {row.product.round > 1 ? (
                      <>
                        {' '}
                        <span className="pill info">
                          {t('sessions.conduct.board.round', { round: row.product.round })}
                        </span>
                      </>
                    ) : null}
                  </span>
                </th>
                {board.columns.map(({ member }) => {
                  const cell = row.cells.get(member.memberId) ?? 'recused';
                  const label = t('sessions.conduct.board.cell', {
                    member: member.name,
                    product: row.product.name,
                    state: state(cell),
                  });
                  return (
                    <td key={member.memberId} className={`board-cell ${cell}`} title={label}>
                      <span role="img" aria-label={label} className={`board-mark ${cell}`} />
                    </td>
                  );
                })}
                <td className="number nowrap">
                  {t('sessions.list.sheets', { sealed: row.sealed, expected: row.expected })}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('sessions.conduct.board.count')}</th>
              {board.columns.map((column) => (
                <td key={column.member.memberId} className="board-cell nowrap">
                  {t('sessions.list.sheets', { sealed: column.sealed, expected: column.expected })}
                </td>
              ))}
              <td className="number nowrap">
                {t('sessions.list.sheets', { sealed: board.sealed, expected: board.expected })}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="board-legend">
        <span className="muted">{t('sessions.conduct.board.legend')}:</span>
        {CELLS.map((cell) => (
          <span key={cell}>
            <span aria-hidden="true" className={`board-mark ${cell}`} /> {state(cell)}
          </span>
        ))}
      </p>
      {board.notScoring.length > 0 ? (
        <p className="muted">
          {t('sessions.conduct.board.notScoring', {
            names: board.notScoring
              .map((m) =>
                m.present
                  ? t('sessions.conduct.board.noScores', { name: m.name })
                  : t('sessions.conduct.board.absent', { name: m.name }),
              )
              .join(', '),
          })}
        </p>
      ) : null}
    </>
  );
}
