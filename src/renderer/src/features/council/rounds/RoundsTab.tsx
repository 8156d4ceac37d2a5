import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Council } from '../../../../../shared/domain/workspace/council.schema';
import { setupYear } from '../../../../../shared/domain/workspace/council-setup';
import type { Round } from '../../../../../shared/domain/workspace/round.schema';
import { formatDate } from '../../../../../shared/i18n/format';
import { useLoad } from '../../../app/use-load';
import { useWorkspace } from '../../../app/workspace-context';
import { DataTable } from '../../../components/DataTable';
import { Dialog } from '../../../components/Dialog';
import { EmptyState } from '../../../components/EmptyState';
import { Icon } from '../../../components/Icon';
import { Notice } from '../../../components/Notice';
import { useLanguage } from '../useLanguage';
import { RoundCountdownPill } from './RoundCountdownPill';
import { RoundForm } from './RoundForm';

const STATUS_TONE = { planned: '', open: 'good', closed: '' } as const;

/** The evaluation rounds by year, with their deadlines and the days left; add and edit rounds. */
export function RoundsTab({ council }: { council: Council }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { repositories, revision, changed, today } = useWorkspace();
  const loaded = useLoad(() => repositories.rounds.list(), [repositories, revision]);
  const [editing, setEditing] = useState<{ round: Round | null } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const columns = useMemo<ColumnDef<Round, unknown>[]>(
    () => [
      {
        id: 'number',
        header: t('council.rounds.columns.number'),
        accessorFn: (r) => r.number,
        cell: ({ row }) => <strong>{t('council.rounds.numberValue', { number: row.original.number })}</strong>,
      },
      {
        id: 'dossiersBy',
        header: t('council.rounds.columns.dossiersBy'),
        accessorFn: (r) => r.dossiersBy ?? '',
        cell: ({ row }) => (row.original.dossiersBy ? formatDate(row.original.dossiersBy, language) : '—'),
      },
      {
        id: 'deadline',
        header: t('council.rounds.columns.deadline'),
        accessorFn: (r) => r.deadline,
        cell: ({ row }) => formatDate(row.original.deadline, language),
      },
      {
        id: 'countdown',
        header: t('council.rounds.columns.countdown'),
        enableSorting: false,
        cell: ({ row }) => <RoundCountdownPill round={row.original} today={today} />,
      },
      {
        id: 'status',
        header: t('council.rounds.columns.status'),
        accessorFn: (r) => r.status,
        cell: ({ row }) => (
          <span className={`pill ${STATUS_TONE[row.original.status]}`}>
            {t(`council.rounds.status.${row.original.status}`)}
          </span>
        ),
      },
    ],
    [t, language, today],
  );

  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state === 'failed') {
    return <Notice tone="error" title={t('common.loadFailed', { detail: loaded.error.message })} />;
  }
  const rounds = loaded.value;
  const years = [...new Set(rounds.map((r) => r.year))].sort((a, b) => b - a);
  const newYear = years[0] ?? setupYear(council.profile, council.establishingDecision.date, today);
  const add = () => {
    setDone(null);
    setEditing({ round: null });
  };
  const addButton = (
    <button type="button" className="button" onClick={add}>
      {t('council.rounds.add')}
    </button>
  );

  return (
    <>
      <div className="list-toolbar">
        <p className="page-intro">{t('council.rounds.intro')}</p>
        <span className="toolbar-spacer" />
        {rounds.length > 0 ? addButton : null}
      </div>
      {done ? <Notice tone="success" title={done} /> : null}
      {rounds.length === 0 ? (
        <EmptyState icon={<Icon name="sessions" size={48} />} title={t('council.rounds.empty')}>
          <p>{t('council.rounds.emptyNext')}</p>
          {addButton}
        </EmptyState>
      ) : (
        years.map((year) => (
          <section key={year} className="council-year" aria-labelledby={`rounds-${year}`}>
            <h2 id={`rounds-${year}`}>{t('council.rounds.yearHeading', { year })}</h2>
            <DataTable
              data={rounds.filter((r) => r.year === year)}
              columns={columns}
              getRowId={(r) => r.id}
              label={t('council.rounds.tableLabel', { year })}
              onOpen={(round) => {
                setDone(null);
                setEditing({ round });
              }}
              empty={null}
            />
          </section>
        ))
      )}
      {editing ? (
        <Dialog
          title={
            editing.round
              ? t('council.rounds.editTitle', { number: editing.round.number, year: editing.round.year })
              : t('council.rounds.addTitle')
          }
          onClose={() => setEditing(null)}
        >
          <RoundForm
            council={council}
            round={editing.round}
            rounds={rounds}
            year={newYear}
            onCancel={() => setEditing(null)}
            onSaved={(round) => {
              setEditing(null);
              setDone(t('council.rounds.saved', { number: round.number, year: round.year }));
              changed();
            }}
          />
        </Dialog>
      ) : null}
    </>
  );
}
