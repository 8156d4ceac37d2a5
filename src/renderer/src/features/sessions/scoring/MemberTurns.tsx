import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shortSeal } from '../../../../../shared/domain/council-session/canonical-sheet';
import type { SheetState } from '../../../../../shared/domain/council-session/sheet-events';
import { Notice } from '../../../components/Notice';
import type { LoadedSession } from '../use-session';
import { memberQueue, nextToScore, scoringMembers } from './member-queue';
import { MemberPicker } from './MemberPicker';
import { MemberQueue } from './MemberQueue';
import { MemberSheet } from './MemberSheet';
import { PinPrompt } from './PinPrompt';
import type { MemberLinks } from './scoring-route';

function go(href: string): void {
  window.location.hash = href;
}

/**
 * Members taking turns on one laptop: the picker, the member's PIN, their queue, their sheet. The PIN is
 * remembered only while this screen stays open (a reload or "Đổi thành viên" asks it again). With
 * `fixedMember` (a session opened from a member kit) only that member scores and there is no picker.
 */
export function MemberTurns({
  loaded,
  memberId: routeMember,
  productId,
  links,
  fixedMember,
  queueFooter,
}: {
  loaded: LoadedSession;
  memberId: string | undefined;
  productId: string | undefined;
  links: MemberLinks;
  fixedMember?: string | undefined;
  /** Shown under the member's queue once their sheets are open (the packet export on a member's laptop). */
  queueFooter?: ReactNode;
}) {
  const { t } = useTranslation();
  const { session, sheets } = loaded;
  const [unlocked, setUnlocked] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const memberId = fixedMember ?? routeMember;

  if (memberId === undefined) return <MemberPicker loaded={loaded} onPick={(id) => go(links.queue(id))} />;
  const toPicker = () => {
    setUnlocked(null);
    setFlash(null);
    go(links.picker());
  };
  const member = scoringMembers(session).find((m) => m.memberId === memberId);
  if (!member) {
    return (
      <Notice tone="error" title={t('sessions.score.queue.notScoring')}>
        {fixedMember ? null : (
          <p>
            <a href={links.picker()}>{t('sessions.score.queue.backToPicker')}</a>
          </p>
        )}
      </Notice>
    );
  }
  if (member.pinHash !== null && unlocked !== member.memberId) {
    return (
      <PinPrompt
        key={member.memberId}
        session={session}
        member={member}
        onOpen={() => setUnlocked(member.memberId)}
        onCancel={fixedMember ? undefined : toPicker}
      />
    );
  }

  const queue = memberQueue(session, sheets, member.memberId);
  const switchButton = fixedMember ? null : (
    <button type="button" className="button secondary" onClick={toPicker}>
      {t('sessions.score.queue.switch')}
    </button>
  );
  const flashNotice = flash ? (
    <p className="notice success scoring-flash" role="status">
      {flash}
    </p>
  ) : null;

  if (productId !== undefined) {
    const item = queue.find((i) => i.product.productId === productId);
    const back = (
      <div className="sheet-nav">
        <a className="button secondary" href={links.queue(member.memberId)} onClick={() => setFlash(null)}>
          ← {t('sessions.score.sheet.back')}
        </a>
        <span className="sheet-nav-who">{t('sessions.score.sheet.scoringAs', { name: member.name })}</span>
        {switchButton}
      </div>
    );
    if (!item) {
      return (
        <>
          {back}
          <Notice tone="error" title={t('sessions.score.sheet.notInQueue', { name: member.name })} />
        </>
      );
    }
    const onSealed = (sheet: SheetState) => {
      const next = nextToScore(queue, item.product.productId);
      setFlash(
        t(next ? 'sessions.score.sheet.sealedNext' : 'sessions.score.sheet.sealedLast', {
          product: item.product.name,
          seal: shortSeal(sheet.seal ?? ''),
          next: next?.product.name ?? '',
        }),
      );
      go(next ? links.sheet(member.memberId, next.product.productId) : links.queue(member.memberId));
    };
    return (
      <>
        {back}
        {flashNotice}
        <MemberSheet
          key={`${member.memberId}|${item.product.productId}|${item.key.round}|primary`}
          loaded={loaded}
          member={member}
          item={item}
          onSealed={onSealed}
        />
      </>
    );
  }

  return (
    <MemberQueue
      loaded={loaded}
      member={member}
      queue={queue}
      sheetHref={(id) => links.sheet(member.memberId, id)}
      onOpen={() => setFlash(null)}
      actions={switchButton}
      footer={queueFooter}
      ownLaptop={fixedMember !== undefined}
    >
      {flashNotice}
    </MemberQueue>
  );
}
