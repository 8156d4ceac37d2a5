import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentJobStatus } from '../../../../shared/ipc/contract';

/**
 * A running job: a progress bar with "Đang tạo 12/34: phieu-cham-….pdf" and Cancel, which takes the
 * focus when the job starts (Esc or Enter on it cancels).
 */
export function JobProgress({ status, onCancel }: { status: DocumentJobStatus | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const cancelling = status?.state === 'cancelling';
  const label =
    status === null || status.state === 'preparing'
      ? t('documentsUi.generate.preparing')
      : cancelling
        ? t('documentsUi.generate.cancelling')
        : t('documentsUi.generate.progress', {
            done: Math.min(status.done + 1, status.total),
            total: status.total,
            file: status.current ?? '',
          });
  const total = status?.total ?? 0;
  return (
    <div className="job-progress" role="status" aria-live="polite">
      <p className="job-label">{label}</p>
      <progress
        aria-label={t('documentsUi.generate.progressLabel')}
        max={Math.max(total, 1)}
        value={total > 0 ? (status?.done ?? 0) : undefined}
      />
      <button
        ref={cancel}
        type="button"
        className="button secondary"
        disabled={status === null || cancelling}
        onClick={onCancel}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      >
        {t('documentsUi.generate.cancel')}
      </button>
    </div>
  );
}
