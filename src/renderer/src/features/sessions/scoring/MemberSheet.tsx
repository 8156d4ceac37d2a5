import { format } from 'date-fns';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortSeal } from '../../../../../shared/domain/council-session/canonical-sheet';
import type { SessionMemberSnapshot } from '../../../../../shared/domain/council-session/session.schema';
import type { SheetState } from '../../../../../shared/domain/council-session/sheet-events';
import { useWorkspace } from '../../../app/workspace-context';
import { Notice } from '../../../components/Notice';
import { ScoringSheet } from '../../scoring/ScoringSheet';
import type { LoadedSession } from '../use-session';
import type { QueueItem } from './member-queue';
import { IssuesNotice } from './ScoringIssues';
import { SheetHeading } from './SheetHeading';
import { useSheetDraft } from './useSheetDraft';

/** A seal's time as people read it (14:05 20/07/2026); empty when unknown. */
export function sealedTime(at: string | null): string {
  const time = at === null ? Number.NaN : Date.parse(at);
  return Number.isNaN(time) ? '' : format(new Date(time), 'HH:mm dd/MM/yyyy');
}

/**
 * A member scoring their own sheet: every change autosaved, submit seals it (once, even on a fast double
 * Ctrl+Enter). A sealed sheet is shown to its member read-only, with its seal.
 */
export function MemberSheet({
  loaded,
  member,
  item,
  onSealed,
}: {
  loaded: LoadedSession;
  member: SessionMemberSnapshot;
  item: QueueItem;
  onSealed: (sheet: SheetState) => void;
}) {
  const { t } = useTranslation();
  const { repositories, changed } = useWorkspace();
  const { session } = loaded;
  const { product, key } = item;
  const api = useSheetDraft(session.id, key.memberId, key.productId, key.round, 'primary', 'member');
  const sealing = useRef(false);
  const [busy, setBusy] = useState(false);
  const set = loaded.sets.get(product.productSet);
  if (!set) return <Notice tone="error" title={t('sessions.score.sheet.noForm', { set: product.productSet })} />;
  const { draft } = api;
  if (draft.status === 'loading') return <p>{t('common.loading')}</p>;
  if (draft.status === 'failed') {
    return <Notice tone="error" title={t('common.loadFailed', { detail: draft.error.message })} />;
  }

  const submit = async () => {
    if (sealing.current) return;
    sealing.current = true;
    setBusy(true);
    try {
      await api.flush();
      const result = await repositories.sheets.seal(session.id, key, set, 'member', member.memberId);
      if (!result.ok) {
        api.refused(result.issues);
        return;
      }
      api.sealed(result.value);
      changed();
      onSealed(result.value);
    } finally {
      sealing.current = false;
      setBusy(false);
    }
  };

  const sealed = draft.seal !== null;
  return (
    <div className="member-sheet">
      {draft.problem ? (
        'issues' in draft.problem ? (
          <IssuesNotice title={t('sessions.score.sheet.notSaved')} issues={draft.problem.issues} />
        ) : (
          <Notice tone="error" title={t('sessions.score.sheet.notSaved')}>
            <p>{draft.problem.error.message}</p>
          </Notice>
        )
      ) : null}
      {sealed && draft.seal ? (
        <Notice tone="success" title={t('sessions.score.sheet.sealedTitle')}>
          <p>
            {t('sessions.score.sheet.sealedLine', {
              at: sealedTime(draft.sealedAt),
              seal: shortSeal(draft.seal),
            })}
          </p>
        </Notice>
      ) : null}
      {busy ? (
        <p className="muted" role="status">
          {t('sessions.score.sheet.sealing')}
        </p>
      ) : null}
      <ScoringSheet
        set={set}
        choices={draft.choices}
        comment={draft.comment}
        onChoose={api.choose}
        onComment={api.setComment}
        onSubmit={() => void submit()}
        readOnly={sealed}
        autoFocus={!sealed}
        header={<SheetHeading member={member} product={product} set={set} saving={sealed ? null : api.saving} />}
      />
    </div>
  );
}
