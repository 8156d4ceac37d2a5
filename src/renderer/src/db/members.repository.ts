import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import { memberSchema, type Body, type Member } from '../../../shared/domain/workspace/member.schema';
import { validated, type RepositoryContext, type SaveResult } from './repository-context';

export type MemberInput = Omit<Member, 'id' | 'createdAt' | 'updatedAt'> & { id?: string | undefined };

const ROLE_ORDER = ['chair', 'vice-chair', 'leader', 'member', 'secretary'];

function byRoleThenName(a: Member, b: Member): number {
  return ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name, 'vi');
}

/** Council members and the helper group, each with the period they serve. */
export class MembersRepository {
  constructor(private readonly ctx: RepositoryContext) {}

  async list(body?: Body): Promise<Member[]> {
    const members = body
      ? await this.ctx.db.members.where('body').equals(body).toArray()
      : await this.ctx.db.members.toArray();
    return members.sort(byRoleThenName);
  }

  /** Members serving on `on` (active from on or before it, not ended before it). */
  async activeOn(on: IsoDate, body: Body = 'council'): Promise<Member[]> {
    return (await this.list(body)).filter((m) => m.activeFrom <= on && (m.activeTo === null || m.activeTo >= on));
  }

  async get(id: string): Promise<Member | null> {
    return (await this.ctx.db.members.get(id)) ?? null;
  }

  async save(input: MemberInput): Promise<SaveResult<Member>> {
    const existing = input.id ? await this.get(input.id) : null;
    const now = this.ctx.now().toISOString();
    const result = validated(memberSchema, {
      ...input,
      id: existing?.id ?? this.ctx.newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    if (result.ok) await this.ctx.db.members.put(result.value);
    return result;
  }
}
