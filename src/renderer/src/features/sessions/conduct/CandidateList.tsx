import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../../shared/domain/workspace/round.schema';
import { hrefOf } from '../../../app/routes';
import { matchesFilter, selectable, type Candidate, type CandidateFilter } from './new-session-model';

function filterValue(filter: CandidateFilter): string {
  return typeof filter === 'string' ? filter : `round:${filter.roundId}`;
}

function parseFilter(value: string): CandidateFilter {
  return value === 'all' || value === 'none' ? value : { roundId: value.slice('round:'.length) };
}

/**
 * The checklist of dossiers to score, filtered by round: product, producer, set, kind, year. A set whose
 * form is incomplete in the chosen pack cannot be ticked and says why; a dossier already in another
 * unfinished session says so.
 */
export function CandidateList({
  list,
  rounds,
  filter,
  onFilter,
  selected,
  onSelected,
  pack,
  setName,
}: {
  list: readonly Candidate[];
  rounds: readonly Round[];
  filter: CandidateFilter;
  onFilter: (filter: CandidateFilter) => void;
  selected: ReadonlySet<string>;
  onSelected: (selected: ReadonlySet<string>) => void;
  pack: string;
  setName: (no: number) => string;
}) {
  const { t } = useTranslation();
  if (list.length === 0) {
    return (
      <div className="list-empty">
        <p>{t('sessions.create.noCandidates')}</p>
        <p>
          {t('sessions.create.noCandidatesNext')}{' '}
          <a href={hrefOf('products', 'dossiers')}>{t('sessions.create.goToDossiers')}</a>
        </p>
      </div>
    );
  }
  const shown = list.filter((c) => matchesFilter(c, filter));
  const tickable = shown.filter(selectable).map((c) => c.dossierId);
  const withRounds = rounds.filter((r) => list.some((c) => c.roundId === r.id));
  const tick = (ids: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onSelected(next);
  };
  return (
    <>
      <div className="candidate-toolbar">
        <label className="candidate-filter">
          <span>{t('sessions.create.show')}</span>
          <select value={filterValue(filter)} onChange={(e) => onFilter(parseFilter(e.target.value))}>
            <option value="all">{t('sessions.create.showAll')}</option>
            {withRounds.map((r) => (
              <option key={r.id} value={`round:${r.id}`}>
                {t('sessions.create.showRound', { number: r.number, year: r.year })}
              </option>
            ))}
            {list.some((c) => c.roundId === null) ? (
              <option value="none">{t('sessions.create.showNone')}</option>
            ) : null}
          </select>
        </label>
        <button type="button" className="button small secondary" onClick={() => tick(tickable, true)}>
          {t('sessions.create.selectAll')}
        </button>
        <button type="button" className="button small secondary" onClick={() => tick(tickable, false)}>
          {t('sessions.create.selectNone')}
        </button>
        <strong role="status">{t('sessions.create.selected', { count: selected.size })}</strong>
      </div>
      {shown.length === 0 ? (
        <p className="list-empty">{t('sessions.create.noMatch')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table candidate-table" aria-label={t('sessions.create.fields.dossierIds')}>
            <thead>
              <tr>
                <th className="candidate-check">
                  <span className="visually-hidden">{t('sessions.create.fields.dossierIds')}</span>
                </th>
                <th>{t('sessions.create.columns.product')}</th>
                <th>{t('sessions.create.columns.producer')}</th>
                <th>{t('sessions.create.columns.set')}</th>
                <th>{t('sessions.create.columns.attempt')}</th>
                <th>{t('sessions.create.columns.year')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.dossierId} className={selectable(c) ? undefined : 'is-disabled'}>
                  <td className="candidate-check">
                    <input
                      type="checkbox"
                      className="row-check"
                      id={`candidate-${c.dossierId}`}
                      checked={selected.has(c.dossierId)}
                      disabled={!selectable(c)}
                      aria-label={t('sessions.create.choose', { product: c.productName })}
                      onChange={(e) => tick([c.dossierId], e.target.checked)}
                    />
                  </td>
                  <td>
                    <label htmlFor={`candidate-${c.dossierId}`} className="cell-main">
                      {c.productName}
                    </label>
                    {c.productCode ? <div className="cell-sub">{c.productCode}</div> : null}
                    {c.incompleteSet ? (
                      <div className="candidate-reason bad">
                        {t('sessions.create.incompleteSet', { set: c.productSet, pack })}
                      </div>
                    ) : null}
                    {c.inSession ? (
                      <div className="candidate-reason warn">
                        {t('sessions.create.inSession', { title: c.inSession })}
                      </div>
                    ) : null}
                  </td>
                  <td>{c.producerName}</td>
                  <td>{setName(c.productSet)}</td>
                  <td>{t(`products.attempt.${c.attempt}`)}</td>
                  <td>{c.year}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
