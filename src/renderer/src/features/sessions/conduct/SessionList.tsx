import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { expectedSheets } from '../../../../../shared/domain/council-session/session-progress';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import { formatDate } from '../../../../../shared/i18n/format';
import type { Language } from '../../../../../shared/i18n/messages';
import { hrefOf, navigate } from '../../../app/routes';
import { useLoad } from '../../../app/use-load';
import { useWorkspace } from '../../../app/workspace-context';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { Icon } from '../../../components/Icon';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { ImportFeedback, ImportSessionButton, ImportSessionDialog, useSessionImport } from './ImportSession';
import './conduct.css';

interface Row {
  readonly session: CouncilSession;
  readonly council: string | null;
  readonly round: string | null;
  readonly inPlay: number;
  readonly excluded: number;
  readonly sealed: number;
  readonly expected: number;
}

/**
 * `#/sessions`: every session, newest meeting first, with its step and how many sheets are sealed;
 * create one, or import a session@1 file.
 */
export function SessionList() {
  const { t, i18n } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const importing = useSessionImport();
  const loaded = useLoad(async (): Promise<Row[]> => {
    const [sessions, rounds, current] = await Promise.all([
      repositories.sessions.list(),
      repositories.rounds.list(),
      repositories.council.current(),
    ]);
    const roundOf = new Map(rounds.map((r) => [r.id, r]));
    return Promise.all(
      sessions.map(async (session) => {
        const expected = expectedSheets(session, await repositories.sessions.sheets(session.id));
        const round = session.roundId ? roundOf.get(session.roundId) : undefined;
        const excluded = session.products.filter((p) => p.disqualified !== null).length;
        return {
          session,
          // Another council's name is worth saying (an imported session); this council's is not.
          council: session.councilName === current?.councilName ? null : session.councilName,
          round: round ? t('sessions.list.roundValue', { number: round.number, year: round.year }) : null,
          inPlay: session.products.length - excluded,
          excluded,
          sealed: expected.filter((s) => s.progress === 'sealed').length,
          expected: expected.length,
        };
      }),
    );
  }, [repositories, revision, i18n.language]);

  const actions = (
    <>
      <a className="button" href={hrefOf('sessions', 'new')}>
        {t('sessions.list.create')}
      </a>
      <ImportSessionButton onFile={(file) => void importing.choose(file)} />
      <a className="button secondary" href={hrefOf('sessions', 'member')}>
        {t('sessions.list.ownLaptop')}
      </a>
    </>
  );
  const columns: ColumnDef<Row, unknown>[] = [
    {
      id: 'title',
      header: t('sessions.list.columns.title'),
      accessorFn: (r) => r.session.title,
      cell: ({ row }) => (
        <>
          <a
            className="session-title"
            href={
              row.original.session.remoteMember === null
                ? hrefOf('sessions', row.original.session.id)
                : hrefOf('sessions', 'member', row.original.session.id)
            }
          >
            {row.original.session.title}
          </a>
          <div className="cell-sub">
            {[
              row.original.council,
              row.original.session.place ? t('sessions.list.place', { place: row.original.session.place }) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </div>
        </>
      ),
    },
    {
      id: 'date',
      header: t('sessions.list.columns.date'),
      accessorFn: (r) => r.session.date,
      cell: ({ row }) => (
        <span className="nowrap">{formatDate(row.original.session.date, i18n.language as Language)}</span>
      ),
    },
    {
      id: 'round',
      header: t('sessions.list.columns.round'),
      accessorFn: (r) => r.round ?? '',
      cell: ({ row }) => <span className="nowrap">{row.original.round ?? t('sessions.list.noRound')}</span>,
    },
    {
      id: 'phase',
      header: t('sessions.list.columns.phase'),
      accessorFn: (r) => r.session.phase,
      cell: ({ row }) => (
        <span className={`pill phase-${row.original.session.phase}`}>
          {t(`sessions.phase.${row.original.session.phase}`)}
        </span>
      ),
    },
    {
      id: 'products',
      header: t('sessions.list.columns.products'),
      accessorFn: (r) => r.inPlay,
      cell: ({ row }) =>
        row.original.excluded > 0
          ? t('sessions.list.excluded', { count: row.original.inPlay, excluded: row.original.excluded })
          : row.original.inPlay,
    },
    {
      id: 'sheets',
      header: t('sessions.list.columns.sheets'),
      accessorFn: (r) => (r.expected === 0 ? 0 : r.sealed / r.expected),
      cell: ({ row }) => (
        <span className="nowrap">
          {t('sessions.list.sheets', { sealed: row.original.sealed, expected: row.original.expected })}
        </span>
      ),
    },
  ];

  const dialog =
    importing.state.step === 'ready' ? <ImportSessionDialog state={importing.state} onClose={importing.reset} /> : null;
  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') {
    return <Notice tone="error" title={t('common.loadFailed', { detail: loaded.error.message })} />;
  }
  const rows = loaded.value;
  return (
    <div className="sessions-list">
      <PageHeader
        title={t('nav.sessions')}
        intro={t('sessions.list.intro')}
        actions={rows.length > 0 ? actions : undefined}
      />
      <ImportFeedback state={importing.state} />
      {rows.length === 0 ? (
        <EmptyState icon={<Icon name="sessions" size={48} />} title={t('sessions.list.empty')}>
          <p>{t('sessions.list.emptyNext')}</p>
          <div className="empty-actions">{actions}</div>
          <p>
            {t('sessions.list.emptyRubric')} <a href={hrefOf('rubric')}>{t('sessions.list.openRubric')}</a>
          </p>
        </EmptyState>
      ) : (
        <DataTable
          data={rows}
          columns={columns}
          getRowId={(r) => r.session.id}
          onOpen={(r) => navigate('sessions', r.session.id)}
          label={t('sessions.list.tableLabel')}
          empty={null}
        />
      )}
      {dialog}
    </div>
  );
}
