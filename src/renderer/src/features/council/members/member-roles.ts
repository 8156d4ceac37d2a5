import type { TFunction } from 'i18next';
import { memberRoleSchema } from '../../../../../shared/domain/session/session-file.schema';
import { helperRoleSchema, type Body, type Member } from '../../../../../shared/domain/workspace/member.schema';

/** The roles of a body: the council's chair, vice-chairs, members and secretary; the group's leader and members. */
export function rolesOf(body: Body): readonly Member['role'][] {
  return body === 'council' ? memberRoleSchema.options : helperRoleSchema.options;
}

export function roleLabel(role: Member['role'], body: Body, t: TFunction): string {
  if (body === 'helper-group' && (role === 'leader' || role === 'member')) return t(`council.helperRole.${role}`);
  return role === 'leader' ? t('council.helperRole.leader') : t(`role.${role}`);
}
