import { useTranslation } from 'react-i18next';
import { memberRoleSchema, type MemberRole } from '../../../../shared/domain/session/session-file.schema';
import { useFieldIssue } from '../../components/form/FormContext';
import { roleLabel } from '../council';
import { memberRow, type MemberRow } from './first-members';

function RowError({ index }: { index: number }) {
  const { t } = useTranslation();
  const name = useFieldIssue(`members[${index}].name`);
  const title = useFieldIssue(`members[${index}].title`);
  const found = name ?? title;
  return found ? <div className="field-error">{t(`issue.${found.key}` as never, found.params)}</div> : null;
}

/** The setup's quick table of first members: name, role, position, whether they score. */
export function FirstMembersStep({
  rows,
  onChange,
}: {
  rows: readonly MemberRow[];
  onChange: (rows: MemberRow[]) => void;
}) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<MemberRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const changeRole = (index: number, role: MemberRole) => {
    const row = rows[index];
    const scores = role === 'secretary' ? false : row?.role === 'secretary' ? true : (row?.scores ?? true);
    update(index, { role, scores });
  };
  return (
    <>
      <div className="table-wrap">
        <table className="data-table member-rows" aria-label={t('welcome.setup.membersTable')}>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('council.members.columns.name')}</th>
              <th>{t('council.members.columns.role')}</th>
              <th>{t('council.members.columns.position')}</th>
              <th>{t('council.members.columns.scores')}</th>
              <th>
                <span className="visually-hidden">{t('welcome.setup.rowActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.key}>
                <td className="row-number">{index + 1}</td>
                <td>
                  <input
                    aria-label={t('welcome.setup.rowName', { row: index + 1 })}
                    value={row.name}
                    onChange={(event) => update(index, { name: event.target.value })}
                  />
                  <RowError index={index} />
                </td>
                <td>
                  <select
                    aria-label={t('welcome.setup.rowRole', { row: index + 1 })}
                    value={row.role}
                    onChange={(event) => changeRole(index, event.target.value as MemberRole)}
                  >
                    {memberRoleSchema.options.map((role) => (
                      <option key={role} value={role}>
                        {roleLabel(role, 'council', t)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={t('welcome.setup.rowTitle', { row: index + 1 })}
                    placeholder={t('welcome.setup.titlePlaceholder')}
                    value={row.title}
                    onChange={(event) => update(index, { title: event.target.value })}
                  />
                </td>
                <td className="center">
                  <input
                    type="checkbox"
                    aria-label={t('welcome.setup.rowScores', { row: index + 1 })}
                    checked={row.scores}
                    onChange={(event) => update(index, { scores: event.target.checked })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('welcome.setup.removeRow', { row: index + 1 })}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button secondary small add-row"
        onClick={() => onChange([...rows, memberRow('member')])}
      >
        + {t('welcome.setup.addRow')}
      </button>
    </>
  );
}
