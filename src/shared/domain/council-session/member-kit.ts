import { z } from 'zod';
import { issue, type DomainIssue } from '../issues/domain-issue';
import { issuesFromZod } from '../issues/from-zod';
import { rubricPackSchema, type RubricPack } from '../rubric/rubric-pack.schema';
import { councilSessionSchema, type CouncilSession } from './session.schema';

/**
 * What a member's own laptop needs to score a session: the session (without the other members' keys),
 * who the member is, and the rubric pack the session is scored with.
 */
export const MEMBER_KIT_FORMAT = 'ocop-council/member-kit@1';

export const memberKitSchema = z.strictObject({
  format: z.literal(MEMBER_KIT_FORMAT),
  member: z.string().min(1).max(100),
  session: councilSessionSchema,
  pack: rubricPackSchema,
  exportedAt: z.string().min(1).max(40),
});

export type MemberKit = z.infer<typeof memberKitSchema>;

const HIDDEN_KEY = '0'.repeat(64);

/** The kit for one scoring member: other members' PINs and packet keys are left out. */
export function createMemberKit(
  session: CouncilSession,
  memberId: string,
  pack: RubricPack,
  exportedAt: string,
): MemberKit {
  return {
    format: MEMBER_KIT_FORMAT,
    member: memberId,
    session: {
      ...session,
      phase: 'scoring',
      remoteMember: memberId,
      members: session.members.map((m) =>
        m.memberId === memberId ? m : { ...m, pinHash: null, packetKey: HIDDEN_KEY },
      ),
    },
    pack,
    exportedAt,
  };
}

/** Checks a kit file: its shape, and that it names a scoring member of its session. */
export function checkMemberKit(input: unknown): { ok: true; kit: MemberKit } | { ok: false; issues: DomainIssue[] } {
  const parsed = memberKitSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const kit = parsed.data;
  const member = kit.session.members.find((m) => m.memberId === kit.member);
  if (!member || !member.scores || kit.session.remoteMember !== kit.member || member.packetKey === HIDDEN_KEY) {
    return { ok: false, issues: [issue('session.kit.badMember', ['member'])] };
  }
  if (kit.pack.id !== kit.session.pack.id || kit.pack.version !== kit.session.pack.version) {
    return { ok: false, issues: [issue('session.kit.badPack', ['pack'])] };
  }
  return { ok: true, kit };
}
