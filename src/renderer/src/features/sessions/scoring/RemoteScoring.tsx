import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import type { LoadedSession } from '../use-session';
import { MemberTurns } from './MemberTurns';
import { PacketExport } from './PacketExport';
import type { MemberLinks } from './scoring-route';

/**
 * A session opened from a member kit, on the member's own laptop: only that member scores (their queue,
 * their sheets), then exports the sealed sheets as a packet for the secretary.
 */
export function RemoteScoring({
  loaded,
  productId,
  links,
}: {
  loaded: LoadedSession;
  productId: string | undefined;
  links: MemberLinks;
}) {
  const { t } = useTranslation();
  const { session } = loaded;
  const member = session.members.find((m) => m.memberId === session.remoteMember);
  if (!member) return <Notice tone="error" title={t('sessions.score.queue.notScoring')} />;
  return (
    <MemberTurns
      loaded={loaded}
      memberId={member.memberId}
      productId={productId}
      links={links}
      fixedMember={member.memberId}
      queueFooter={<PacketExport loaded={loaded} member={member} />}
    />
  );
}
