import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body, Member } from '../../../../../shared/domain/workspace/member.schema';
import { formatDate } from '../../../../../shared/i18n/format';
import { useWorkspace } from '../../../app/workspace-context';
import { useLanguage } from '../useLanguage';
import { memberState } from './member-draft';
import { roleLabel } from './member-roles';

/** The member list's columns: name, role, position, scores (council only), serving period, phone. */
export function useMemberColumns(body: Body): ColumnDef<Member, unknown>[] {
  const { t } = useTranslation();
  const language = useLanguage();
  const { today } = useWorkspace();
  return useMemo<ColumnDef<Member, unknown>[]>(
    () => [
      {
        id: 'name',
        header: t('council.members.columns.name'),
        accessorFn: (m) => m.name,
        cell: ({ row }) => <strong>{row.original.name}</strong>,
      },
      {
        id: 'role',
        header: t('council.members.columns.role'),
        accessorFn: (m) => roleLabel(m.role, body, t),
        cell: ({ getValue }) => <span className="council-nowrap">{String(getValue())}</span>,
      },
      {
        id: 'position',
        header: t('council.members.columns.position'),
        accessorFn: (m) => `${m.title} ${m.organisation}`,
        cell: ({ row }) => (
          <>
            {row.original.title}
            {row.original.organisation ? <span className="council-sub">{row.original.organisation}</span> : null}
          </>
        ),
      },
      ...(body === 'council'
        ? [
            {
              id: 'scores',
              header: t('council.members.columns.scores'),
              accessorFn: (m: Member) => (m.scores ? t('common.yes') : t('common.no')),
            },
          ]
        : []),
      {
        id: 'period',
        header: t('council.members.columns.period'),
        accessorFn: (m) => m.activeFrom,
        cell: ({ row }) => {
          const m = row.original;
          const from = formatDate(m.activeFrom, language);
          const state = memberState(m, today);
          return (
            <span className="council-nowrap">
              {m.activeTo
                ? t('council.members.periodRange', { from, to: formatDate(m.activeTo, language) })
                : t('council.members.periodFrom', { from })}
              {state === 'ended' ? <span className="pill council-state">{t('council.members.ended')}</span> : null}
              {state === 'not-started' ? (
                <span className="pill warn council-state">{t('council.members.notStarted')}</span>
              ) : null}
            </span>
          );
        },
      },
      {
        id: 'phone',
        header: t('council.members.columns.phone'),
        accessorFn: (m) => m.phone,
        cell: ({ row }) => <span className="council-nowrap">{row.original.phone}</span>,
      },
    ],
    [t, body, language, today],
  );
}
