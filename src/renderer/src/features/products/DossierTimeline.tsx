import { useTranslation } from 'react-i18next';
import type { DossierEvent } from '../../../../shared/domain/workspace/dossier.schema';
import { DossierStatusPill } from './StatusPills';
import { useProductsFormat } from './useProductsFormat';

/** A dossier's history as a timeline, oldest first: received → returned → resubmitted → complete … */
export function DossierTimeline({ history }: { history: readonly DossierEvent[] }) {
  const { t } = useTranslation();
  const format = useProductsFormat();
  return (
    <ol className="timeline" aria-label={t('products.dossier.historyLabel')}>
      {history.map((event, index) => (
        <li key={index} className={`timeline-step ${event.status}`}>
          <span className="timeline-dot" aria-hidden="true" />
          <div className="timeline-body">
            <div className="timeline-head">
              <time dateTime={event.on}>{format.date(event.on)}</time>
              <DossierStatusPill status={event.status} />
            </div>
            {event.note ? <p className="timeline-note">{event.note}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
