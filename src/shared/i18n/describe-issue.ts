import { formatIssuePath, type DomainIssue } from '../domain/issues/domain-issue';
import type { Translate } from './messages';

function sheetContext(source: unknown, index: number): Record<string, string | number> {
  const sheets = typeof source === 'object' && source !== null ? (source as { sheets?: unknown }).sheets : undefined;
  const sheet = Array.isArray(sheets) ? (sheets[index] as Record<string, unknown> | undefined) : undefined;
  const field = (name: string): string => {
    const value = sheet?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
  };
  return { index: index + 1, member: field('member'), product: field('product'), round: field('round') };
}

/**
 * One issue in words, with where it is: for a session sheet, which sheet (1-based, with its member,
 * product and round read from `source`, the file as parsed) and which field of it.
 *
 * @example "phiếu số 3 (thành viên m1, sản phẩm p1, vòng 1), trường choices["A-9.9"]: tiêu chí “ ”
 *   không có trong bộ sản phẩm 6"
 */
export function describeIssue(found: DomainIssue, t: Translate, source?: unknown): string {
  const message = t(`issue.${found.key}`, found.params);
  const [head, index, ...rest] = found.path;
  const where: string[] = [];
  let fieldPath = found.path;
  if (head === 'sheets' && typeof index === 'number') {
    where.push(t('issue.location.sheet', sheetContext(source, index)));
    fieldPath = rest;
  }
  const field = formatIssuePath(fieldPath);
  if (field !== '') where.push(t('issue.location.field', { field }));
  return where.length > 0 ? `${where.join(', ')}: ${message}` : message;
}
