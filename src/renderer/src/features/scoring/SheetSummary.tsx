import { useTranslation } from 'react-i18next';
import { PART_IDS } from '../../../../shared/domain/rubric/rubric-pack.schema';
import type { SheetScore } from '../../../../shared/domain/scoring/score-sheet';
import type { SheetProgress } from './sheet-progress';

function ScoreChip({ label, points, max, total }: { label: string; points: number; max: number; total?: boolean }) {
  const { t } = useTranslation();
  const percent = max > 0 ? Math.min(100, (points / max) * 100) : 0;
  return (
    <div className={`sheet-score${total ? ' is-total' : ''}`}>
      <span className="sheet-score-label">{label}</span>
      <span className="sheet-score-value">{t('scoring.outOf', { points, max })}</span>
      <span className="sheet-score-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}

function KeyHints() {
  const { t } = useTranslation();
  const hints: [string, string][] = [
    ['1–9', t('scoring.keys.pick')],
    ['0', t('scoring.keys.none')],
    [t('scoring.keys.clearKeys'), t('scoring.keys.clear')],
    [t('scoring.keys.moveKeys'), t('scoring.keys.move')],
    [t('scoring.keys.nextKeys'), t('scoring.keys.next')],
  ];
  return (
    <p className="sheet-keys" aria-label={t('scoring.keys.title')}>
      {hints.map(([keys, text]) => (
        <span key={keys}>
          <kbd>{keys}</kbd> {text}
        </span>
      ))}
    </p>
  );
}

/**
 * The sticky bar: live part totals and total, what is left to score, what differs from the other entry,
 * the submit button and the keys. Announcements (e.g. why a submit was refused) go to its live region.
 */
export function SheetSummary({
  score,
  partMax,
  count,
  progress,
  comparing,
  readOnly,
  sealed,
  message,
  onSubmit,
}: {
  score: SheetScore;
  partMax: readonly [number, number, number];
  count: number;
  progress: SheetProgress;
  comparing: boolean;
  readOnly: boolean;
  /** Read-only because submitted (rather than because the set cannot be scored). */
  sealed: boolean;
  message: string;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const blocked =
    progress.remaining > 0
      ? t('scoring.submitBlockedRemaining')
      : progress.mismatches.length > 0
        ? t('scoring.submitBlockedMismatch')
        : undefined;
  return (
    <div className="sheet-summary" role="group" aria-label={t('scoring.summaryLabel')}>
      <div className="sheet-summary-row">
        {PART_IDS.map((part, index) => (
          <ScoreChip
            key={part}
            label={t('scoring.part', { part })}
            points={score.parts[index] ?? 0}
            max={partMax[index] ?? 0}
          />
        ))}
        <ScoreChip label={t('scoring.total')} points={score.total} max={partMax[0] + partMax[1] + partMax[2]} total />
        <div className="sheet-progress">
          {readOnly ? (
            sealed ? (
              <span className="sheet-count">{t('scoring.readOnly')}</span>
            ) : null
          ) : progress.remaining > 0 ? (
            <span className="sheet-count is-left">{t('scoring.remaining', { count: progress.remaining })}</span>
          ) : (
            <span className="sheet-count is-done">{t('scoring.complete', { count })}</span>
          )}
          {comparing ? (
            progress.mismatches.length > 0 ? (
              <span className="sheet-count is-mismatch">
                {t('scoring.mismatches', { count: progress.mismatches.length })}
              </span>
            ) : (
              <span className="sheet-count is-done">{t('scoring.noMismatch')}</span>
            )
          ) : null}
        </div>
        {readOnly ? null : (
          <button
            type="button"
            className="button sheet-submit"
            disabled={!progress.canSubmit}
            title={blocked}
            aria-keyshortcuts="Control+Enter"
            onClick={onSubmit}
          >
            {t('scoring.submit')} <kbd>{t('scoring.submitKeys')}</kbd>
          </button>
        )}
      </div>
      <p className="sheet-message" role="status" aria-live="polite">
        {message}
      </p>
      {readOnly ? null : <KeyHints />}
    </div>
  );
}
