import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import { issue, type DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import { issuesFromZod } from '../../../../shared/domain/issues/from-zod';
import type { MemberRole } from '../../../../shared/domain/session/session-file.schema';
import { memberSchema } from '../../../../shared/domain/workspace/member.schema';
import type { MemberInput } from '../../db/members.repository';

/** One line of the setup's quick member table. */
export interface MemberRow {
  readonly key: number;
  readonly name: string;
  readonly role: MemberRole;
  /** Position and organisation in one line, as the establishing decision lists them. */
  readonly title: string;
  readonly scores: boolean;
}

let nextKey = 0;

export function memberRow(role: MemberRole): MemberRow {
  nextKey += 1;
  return { key: nextKey, name: '', role, title: '', scores: role !== 'secretary' };
}

/** The table the setup starts with: a chair, a vice-chair, a member and the secretary (who does not score). */
export function firstRows(): MemberRow[] {
  return [memberRow('chair'), memberRow('vice-chair'), memberRow('member'), memberRow('secretary')];
}

/** The rows that name someone (empty lines are skipped), with their line index. */
export function filledRows(rows: readonly MemberRow[]): { row: MemberRow; index: number }[] {
  return rows.map((row, index) => ({ row, index })).filter(({ row }) => row.name.trim() !== '');
}

export function memberInputOfRow(row: MemberRow, activeFrom: IsoDate): MemberInput {
  return {
    body: 'council',
    name: row.name,
    role: row.role,
    title: row.title,
    organisation: '',
    scores: row.scores,
    phone: '',
    activeFrom,
    activeTo: null,
  };
}

/** Problems with the filled rows, at `members[<line>].<field>`, checked as the repository will check them. */
export function checkRows(rows: readonly MemberRow[], activeFrom: string): DomainIssue[] {
  return filledRows(rows).flatMap(({ row, index }) => {
    const parsed = memberSchema.safeParse({
      ...memberInputOfRow(row, activeFrom as IsoDate),
      id: 'new',
      createdAt: 'now',
      updatedAt: 'now',
    });
    // The start date is the establishing decision's, checked on step 2; name the row's own fields only.
    const found = parsed.success ? [] : issuesFromZod(parsed.error).filter((f) => f.path[0] !== 'activeFrom');
    return found.map((f) => issue(f.key, ['members', index, ...f.path], { ...f.params }));
  });
}
