import { useTranslation } from 'react-i18next';
import type { MergeDecision, MergeSummary } from '../../../../shared/archive/merge-tables';
import { formatMoment } from './archive-format';

const SHOWN = 10;

function Decisions({ title, decisions }: { title: string; decisions: readonly MergeDecision[] }) {
  const { t } = useTranslation();
  if (decisions.length === 0) return null;
  return (
    <div className="archive-decisions">
      <p>{title}</p>
      <ul>
        {decisions.slice(0, SHOWN).map((d) => (
          <li key={`${d.table}:${d.id}`}>
            {t('archiveUi.file.decision', {
              table: t(`archiveUi.table.${d.table}`),
              label: d.label,
              ours: d.ours === '' ? '—' : formatMoment(d.ours),
              theirs: d.theirs === '' ? '—' : formatMoment(d.theirs),
            })}
          </li>
        ))}
      </ul>
      {decisions.length > SHOWN ? (
        <p className="muted">{t('archiveUi.file.moreDecisions', { count: decisions.length - SHOWN })}</p>
      ) : null}
    </div>
  );
}

/** What a merge decides about records both sides have: the newer copy wins, each decision listed. */
export function MergeDecisions({ summary }: { summary: MergeSummary }) {
  const { t } = useTranslation();
  return (
    <>
      {summary.otherCouncil ? (
        <p className="archive-note">{t('archiveUi.file.otherCouncil', { name: summary.otherCouncil })}</p>
      ) : null}
      {summary.ignoredEvents > 0 ? (
        <p className="archive-note">{t('archiveUi.file.ignored', { count: summary.ignoredEvents })}</p>
      ) : null}
      <Decisions
        title={t('archiveUi.file.updatedTitle', { count: summary.updated.length })}
        decisions={summary.updated}
      />
      <Decisions title={t('archiveUi.file.keptTitle', { count: summary.kept.length })} decisions={summary.kept} />
    </>
  );
}
