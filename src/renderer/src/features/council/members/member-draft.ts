import type { IsoDate } from '../../../../../shared/domain/dates/iso-date';
import type { Body, Member } from '../../../../../shared/domain/workspace/member.schema';
import type { MemberInput } from '../../../db/members.repository';

/** What the member form edits, as typed (dates as the date box gives them, '' when empty). */
export interface MemberDraft {
  readonly name: string;
  readonly role: Member['role'];
  readonly title: string;
  readonly organisation: string;
  readonly scores: boolean;
  readonly phone: string;
  readonly activeFrom: string;
  readonly activeTo: string;
}

export function newMemberDraft(body: Body, activeFrom: string): MemberDraft {
  return {
    name: '',
    role: 'member',
    title: '',
    organisation: '',
    scores: body === 'council',
    phone: '',
    activeFrom,
    activeTo: '',
  };
}

export function memberDraftOf(member: Member): MemberDraft {
  return {
    name: member.name,
    role: member.role,
    title: member.title,
    organisation: member.organisation,
    scores: member.scores,
    phone: member.phone,
    activeFrom: member.activeFrom,
    activeTo: member.activeTo ?? '',
  };
}

/** A role change also changes whether the member scores: the secretary usually does not, the others do. */
export function withRole(draft: MemberDraft, body: Body, role: Member['role']): Partial<MemberDraft> {
  if (body !== 'council') return { role, scores: false };
  return { role, scores: role === 'secretary' ? false : draft.role === 'secretary' ? true : draft.scores };
}

export function memberInputOf(draft: MemberDraft, body: Body, id: string | undefined): MemberInput {
  return {
    ...(id ? { id } : {}),
    body,
    name: draft.name,
    role: draft.role,
    title: draft.title,
    organisation: draft.organisation,
    scores: body === 'council' && draft.scores,
    phone: draft.phone,
    activeFrom: draft.activeFrom as IsoDate,
    activeTo: draft.activeTo === '' ? null : (draft.activeTo as IsoDate),
  };
}

/** How a member stands today: serving, not started yet, or their term has ended. */
export function memberState(member: Pick<Member, 'activeFrom' | 'activeTo'>, today: IsoDate) {
  if (member.activeTo !== null && member.activeTo < today) return 'ended' as const;
  return member.activeFrom > today ? ('not-started' as const) : ('active' as const);
}
