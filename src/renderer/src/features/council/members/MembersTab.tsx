import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesQuery, searchWords } from '../../../../../shared/domain/text/search-words';
import type { Council } from '../../../../../shared/domain/workspace/council.schema';
import type { Body, Member } from '../../../../../shared/domain/workspace/member.schema';
import { useLoad } from '../../../app/use-load';
import { useWorkspace } from '../../../app/workspace-context';
import { DataTable } from '../../../components/DataTable';
import { Dialog } from '../../../components/Dialog';
import { EmptyState } from '../../../components/EmptyState';
import { Icon } from '../../../components/Icon';
import { Notice } from '../../../components/Notice';
import { SearchBox } from '../../../components/SearchBox';
import { EndTermForm } from './EndTermForm';
import { memberState } from './member-draft';
import { MemberForm } from './MemberForm';
import { useMemberColumns } from './useMemberColumns';
import { StrengthNotice } from './StrengthNotice';

type Filter = 'active' | 'ended' | 'all';
type Editing = { kind: 'add' } | { kind: 'edit'; member: Member } | { kind: 'end'; member: Member } | null;

/** The council's members, or its helper group's: who serves, for which period; add, edit, end a term. */
export function MembersTab({ council, body }: { council: Council; body: Body }) {
  const { t } = useTranslation();
  const { repositories, revision, changed, today } = useWorkspace();
  const loaded = useLoad(() => repositories.members.list(body), [repositories, revision, body]);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('active');
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  const bodyName = body === 'council' ? t('council.tabs.members') : council.helperGroupName;

  const columns = useMemberColumns(body);

  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state === 'failed') {
    return <Notice tone="error" title={t('common.loadFailed', { detail: loaded.error.message })} />;
  }
  const members = loaded.value;
  const inFilter = members.filter(
    (m) => filter === 'all' || (memberState(m, today) === 'ended') === (filter === 'ended'),
  );
  const shown = query.trim()
    ? inFilter.filter((m) => matchesQuery(searchWords(m.name, m.title, m.organisation), query))
    : inFilter;
  const close = () => setEditing(null);
  const saved = (message: string) => {
    setEditing(null);
    setDone(message);
    changed();
  };
  const addButton = (
    <button
      type="button"
      className="button"
      onClick={() => {
        setDone(null);
        setEditing({ kind: 'add' });
      }}
    >
      {t('council.members.add')}
    </button>
  );

  return (
    <>
      <p className="page-intro">
        {body === 'council' ? t('council.members.councilIntro') : t('council.members.helperIntro')}
      </p>
      {done ? <Notice tone="success" title={done} /> : null}
      {members.length === 0 ? (
        <EmptyState
          icon={<Icon name="council" size={48} />}
          title={
            body === 'council'
              ? t('council.members.emptyCouncil')
              : t('council.members.emptyHelper', { body: council.helperGroupName })
          }
        >
          <p>{body === 'council' ? t('council.members.emptyNext') : t('council.members.emptyHelperNext')}</p>
          {addButton}
        </EmptyState>
      ) : (
        <>
          {body === 'council' ? (
            <StrengthNotice council={council} members={members} today={today} />
          ) : (
            <p className="list-count">
              {t('council.members.strength.helper', {
                active: members.filter((m) => memberState(m, today) === 'active').length,
              })}
            </p>
          )}
          <div className="list-toolbar">
            <SearchBox value={query} onChange={setQuery} label={t('council.members.searchLabel')} />
            <label className="inline">
              {t('council.members.filterLabel')}
              <select value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
                {(['active', 'ended', 'all'] as const).map((value) => (
                  <option key={value} value={value}>
                    {t(`council.members.filter.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            <span className="list-count">{t('common.countOf', { shown: shown.length, total: members.length })}</span>
            <span className="toolbar-spacer" />
            {addButton}
          </div>
          <DataTable
            data={shown}
            columns={columns}
            getRowId={(m) => m.id}
            label={`${t('council.members.tableLabel')}: ${bodyName}`}
            onOpen={(member) => {
              setDone(null);
              setEditing({ kind: 'edit', member });
            }}
            empty={
              <p className="muted">
                {query.trim()
                  ? t('council.members.noMatch', { query: query.trim() })
                  : t('council.members.noneInFilter')}
              </p>
            }
          />
        </>
      )}
      {editing?.kind === 'add' || editing?.kind === 'edit' ? (
        <Dialog
          title={
            editing.kind === 'add'
              ? body === 'council'
                ? t('council.members.addTitleCouncil')
                : t('council.members.addTitleHelper', { body: council.helperGroupName })
              : t('council.members.editTitle', { name: editing.member.name })
          }
          onClose={close}
        >
          <MemberForm
            body={body}
            member={editing.kind === 'edit' ? editing.member : null}
            defaultFrom={council.establishingDecision.date}
            onCancel={close}
            onSaved={(member) => saved(t('council.members.savedMember', { name: member.name }))}
            onEndTerm={(member) => setEditing({ kind: 'end', member })}
          />
        </Dialog>
      ) : null}
      {editing?.kind === 'end' ? (
        <Dialog title={t('council.members.endTermTitle', { name: editing.member.name })} onClose={close}>
          <EndTermForm
            member={editing.member}
            onCancel={close}
            onSaved={(member) => saved(t('council.members.endedMember', { name: member.name }))}
          />
        </Dialog>
      ) : null}
    </>
  );
}
