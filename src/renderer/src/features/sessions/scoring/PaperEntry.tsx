import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortSeal } from '../../../../../shared/domain/council-session/canonical-sheet';
import { sheetKeyId, type SheetState } from '../../../../../shared/domain/council-session/sheet-events';
import { Notice } from '../../../components/Notice';
import type { LoadedSession } from '../use-session';
import { memberQueue, scoringMembers } from './member-queue';
import { PaperChooser } from './PaperChooser';
import { PaperSheet } from './PaperSheet';
import { scoringHref } from './scoring-route';

function go(href: string): void {
  window.location.hash = href;
}

/**
 * "Nhập phiếu giấy": the secretary chooses a member's paper sheet and types it (a second person may type
 * it again to check). A sheet the member is scoring on this laptop, or one already sealed, is not opened:
 * its content stays hidden until the scores are revealed.
 */
export function PaperEntry({
  loaded,
  memberId,
  productId,
}: {
  loaded: LoadedSession;
  memberId: string | undefined;
  productId: string | undefined;
}) {
  const { t } = useTranslation();
  const { session, sheets } = loaded;
  const [flash, setFlash] = useState<string | null>(null);
  const chooser = (
    <PaperChooser
      key={memberId ?? ''}
      loaded={loaded}
      memberId={memberId}
      onOpen={(m, p) => {
        setFlash(null);
        go(scoringHref(session.id, { mode: 'paper', memberId: m, productId: p }));
      }}
    />
  );
  const flashNotice = flash ? (
    <p className="notice success scoring-flash" role="status">
      {flash}
    </p>
  ) : null;
  const member = scoringMembers(session).find((m) => m.memberId === memberId);
  const item = member
    ? memberQueue(session, sheets, member.memberId).find((i) => i.product.productId === productId)
    : undefined;
  if (!member || !item || productId === undefined) {
    return (
      <>
        {flashNotice}
        {chooser}
      </>
    );
  }

  const back = (
    <div className="sheet-nav">
      <a className="button secondary" href={scoringHref(session.id, { mode: 'paper', memberId: member.memberId })}>
        ← {t('sessions.score.paper.back')}
      </a>
      <span className="sheet-nav-who">{t('sessions.score.paper.typingFor', { name: member.name })}</span>
    </div>
  );
  const stored = sheets.get(sheetKeyId(item.key));
  if (stored?.seal) {
    return (
      <>
        {back}
        <Notice tone="success" title={t('sessions.score.paper.alreadySealed')}>
          <p>
            {t('sessions.score.paper.sealedBy', {
              seal: shortSeal(stored.seal),
              source: t(`sessions.score.source.${stored.source}`),
            })}
          </p>
        </Notice>
      </>
    );
  }
  if (stored && (stored.source === 'member' || stored.source === 'packet')) {
    return (
      <>
        {back}
        <Notice tone="warning" title={t('sessions.score.paper.memberScoring', { name: member.name })}>
          <p>{t('sessions.score.paper.memberScoringNext')}</p>
        </Notice>
      </>
    );
  }
  const onSealed = (sheet: SheetState) => {
    setFlash(
      t('sessions.score.paper.sealed', {
        name: member.name,
        product: item.product.name,
        seal: shortSeal(sheet.seal ?? ''),
      }),
    );
    go(scoringHref(session.id, { mode: 'paper', memberId: member.memberId }));
  };
  return (
    <>
      {back}
      <PaperSheet key={sheetKeyId(item.key)} loaded={loaded} member={member} item={item} onSealed={onSealed} />
    </>
  );
}
