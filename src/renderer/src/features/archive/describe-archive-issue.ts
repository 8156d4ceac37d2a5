import type { TFunction } from 'i18next';
import { PRIMARY_KEYS, TABLE_NAMES, type TableName } from '../../../../shared/archive/archive.schema';
import { formatIssuePath, type DomainIssue } from '../../../../shared/domain/issues/domain-issue';

/** An archive problem in words, where it is, and the session it concerns (for a link), if any. */
export interface ArchiveIssueView {
  readonly text: string;
  readonly where: string | null;
  readonly sessionId: string | null;
  /** The session tab that shows the record. */
  readonly tab: 'results' | 'history' | null;
}

const isTable = (value: unknown): value is TableName => TABLE_NAMES.includes(value as TableName);

function recordOf(source: unknown, table: TableName, at: string | number): Record<string, unknown> | null {
  const tables = (source as { tables?: Record<string, unknown> } | null)?.tables;
  const records = tables?.[table];
  if (!Array.isArray(records)) return null;
  const found: unknown =
    typeof at === 'number'
      ? records[at]
      : records.find((r) => (r as Record<string, unknown> | null)?.[PRIMARY_KEYS[table]] === at);
  return typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : null;
}

const TABS: Partial<Record<TableName, 'results' | 'history'>> = {
  sheets: 'results',
  sheetLogs: 'history',
  sessionEvents: 'history',
  resultVersions: 'history',
  sessions: 'results',
};

/**
 * Describes an issue of checkArchive, verifyArchive or a merge: the message, then which record
 * (`Phiếu chấm, bản ghi thứ 13 (mã …)`) and field, read from `source` (the archive as parsed, or the
 * workspace's tables), with the session the record belongs to.
 */
export function describeArchiveIssue(found: DomainIssue, t: TFunction, source: unknown): ArchiveIssueView {
  const text = t(`issue.${found.key}` as never, found.params as never) as unknown as string;
  const [head, table, at, ...rest] = found.path;
  if (head !== 'tables' || !isTable(table) || (typeof at !== 'number' && typeof at !== 'string')) {
    const field = formatIssuePath(found.path);
    return { text, where: field === '' ? null : t('archiveUi.issue.field', { field }), sessionId: null, tab: null };
  }
  const record = recordOf(source, table, at);
  const raw = record?.[PRIMARY_KEYS[table]];
  const key = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
  const name = t(`archiveUi.table.${table}`);
  const parts: string[] = [
    typeof at === 'string'
      ? t('archiveUi.issue.whereKey', { table: name, id: at })
      : key === undefined
        ? t('archiveUi.issue.where', { table: name, n: at + 1 })
        : t('archiveUi.issue.whereId', { table: name, n: at + 1, id: key }),
  ];
  const field = formatIssuePath(rest);
  if (field !== '') parts.push(t('archiveUi.issue.field', { field }));
  const sessionId = table === 'sessions' ? record?.['id'] : record?.['sessionId'];
  return {
    text,
    where: parts.join(', '),
    sessionId: typeof sessionId === 'string' ? sessionId : null,
    tab: TABS[table] ?? null,
  };
}
