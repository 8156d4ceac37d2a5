import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionMemberSnapshot } from '../../../../../shared/domain/council-session/session.schema';
import type { SheetLayer, SheetState } from '../../../../../shared/domain/council-session/sheet-events';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import type { Choice } from '../../../../../shared/domain/session/session-file.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { Notice } from '../../../components/Notice';
import { ScoringSheet } from '../../scoring/ScoringSheet';
import type { LoadedSession } from '../use-session';
import type { QueueItem } from './member-queue';
import { IssuesNotice } from './ScoringIssues';
import { SheetHeading } from './SheetHeading';
import { useSheetDraft, type SheetDraftApi } from './useSheetDraft';

function answeredCount(ids: readonly string[], choices: Readonly<Record<string, Choice>>): number {
  return ids.filter((id) => Object.hasOwn(choices, id)).length;
}

function SaveProblem({ api }: { api: SheetDraftApi }) {
  const { t } = useTranslation();
  const { draft } = api;
  if (draft.status !== 'ready' || !draft.problem) return null;
  return 'issues' in draft.problem ? (
    <IssuesNotice title={t('sessions.score.sheet.notSaved')} issues={draft.problem.issues} />
  ) : (
    <Notice tone="error" title={t('sessions.score.sheet.notSaved')}>
      <p>{draft.problem.error.message}</p>
    </Notice>
  );
}

/**
 * A paper sheet typed by the secretary, and optionally typed again by a second person ("Nhập đối chiếu")
 * without looking at the first typing: each typing shows where it differs from the other, both stay
 * editable, and the sheet seals only when both agree (the repository refuses otherwise).
 */
export function PaperSheet({
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
  const primary = useSheetDraft(session.id, key.memberId, key.productId, key.round, 'primary', 'secretary');
  const verify = useSheetDraft(session.id, key.memberId, key.productId, key.round, 'verify', 'verifier');
  const [layer, setLayer] = useState<SheetLayer>('primary');
  const [issues, setIssues] = useState<readonly DomainIssue[]>([]);
  const sealing = useRef(false);
  const set = loaded.sets.get(product.productSet);
  if (!set) return <Notice tone="error" title={t('sessions.score.sheet.noForm', { set: product.productSet })} />;
  const first = primary.draft;
  const second = verify.draft;
  if (first.status === 'failed' || second.status === 'failed') {
    const error = first.status === 'failed' ? first.error : second.status === 'failed' ? second.error : null;
    return <Notice tone="error" title={t('common.loadFailed', { detail: error?.message ?? '' })} />;
  }
  if (first.status !== 'ready' || second.status !== 'ready') return <p>{t('common.loading')}</p>;

  const ids = set.criteria.map((c) => c.id);
  const firstCount = answeredCount(ids, first.choices);
  const secondCount = answeredCount(ids, second.choices);
  const current = layer === 'primary' ? primary : verify;
  const shown = layer === 'primary' ? first : second;
  // The first typing is compared once the second is complete (before that, every criterion the second
  // person has not reached would count as a difference); the second is compared all along.
  const compareWith = layer === 'verify' ? first.choices : secondCount === ids.length ? second.choices : undefined;

  const seal = async () => {
    if (sealing.current) return;
    sealing.current = true;
    try {
      await Promise.all([primary.flush(), verify.flush()]);
      const result = await repositories.sheets.seal(session.id, key, set, 'secretary', 'secretary');
      if (!result.ok) {
        setIssues(result.issues);
        return;
      }
      setIssues([]);
      changed();
      onSealed(result.value);
    } finally {
      sealing.current = false;
    }
  };

  const typings: { layer: SheetLayer; label: string; count: number }[] = [
    { layer: 'primary', label: t('sessions.score.paper.first'), count: firstCount },
    { layer: 'verify', label: t('sessions.score.paper.second'), count: secondCount },
  ];
  return (
    <div className="paper-sheet">
      <div className="typing-switch" role="group" aria-label={t('sessions.score.paper.typings')}>
        {typings.map((typing) => (
          <button
            key={typing.layer}
            type="button"
            className={`typing-choice${layer === typing.layer ? ' is-current' : ''}`}
            aria-pressed={layer === typing.layer}
            onClick={() => {
              setLayer(typing.layer);
              setIssues([]);
            }}
          >
            <span className="typing-label">{typing.label}</span>
            <span className="typing-count">
              {typing.count === 0
                ? t('sessions.score.paper.notTyped')
                : t('sessions.score.paper.typed', { count: typing.count, total: ids.length })}
            </span>
          </button>
        ))}
        <p className="typing-hint muted">{t('sessions.score.paper.verifyHint')}</p>
      </div>
      <SaveProblem api={current} />
      {issues.length > 0 ? <IssuesNotice title={t('sessions.score.paper.notSealed')} issues={issues} /> : null}
      <ScoringSheet
        key={`${key.memberId}|${key.productId}|${key.round}|${layer}`}
        set={set}
        choices={shown.choices}
        comment={shown.comment}
        onChoose={current.choose}
        onComment={current.setComment}
        onSubmit={() => void seal()}
        compareWith={compareWith}
        autoFocus
        header={
          <SheetHeading
            member={member}
            product={product}
            set={set}
            saving={current.saving}
            typing={
              layer === 'primary' ? t('sessions.score.paper.typingFirst') : t('sessions.score.paper.typingSecond')
            }
          />
        }
      />
    </div>
  );
}
