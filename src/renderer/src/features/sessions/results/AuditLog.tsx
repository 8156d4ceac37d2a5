import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import type { SessionEventRecord } from '../../../db/records';
import { auditNames, describeAuditEvent, isAuditType, typeCounts } from './audit-wording';
import { formatTimestamp } from './format-time';
import { useTranslate } from './use-translate';

/** Every event of the session in order, in words, with a filter by kind of event. */
export function AuditLog({ events, session }: { events: readonly SessionEventRecord[]; session: CouncilSession }) {
  const { t } = useTranslation();
  const { translate } = useTranslate();
  const filterId = useId();
  const [type, setType] = useState('');
  const names = auditNames(session, t('role.secretary'), (id) => t('sessions.history.unknownMember', { id }));
  const typeName = (value: string) => (isAuditType(value) ? translate(`sessions.history.types.${value}`) : value);
  const shown = type === '' ? events : events.filter((e) => e.type === type);
  return (
    <section className="results-section" aria-labelledby="history-audit-title">
      <h2 className="section-title" id="history-audit-title">
        {t('sessions.history.audit.title')}
      </h2>
      <p className="muted">{t('sessions.history.audit.intro')}</p>
      <div className="list-toolbar">
        <div className="field">
          <label htmlFor={filterId}>{t('sessions.history.audit.filter')}</label>
          <select id={filterId} value={type} onChange={(event) => setType(event.target.value)}>
            <option value="">{t('sessions.history.audit.all', { count: events.length })}</option>
            {typeCounts(events).map(([value, count]) => (
              <option key={value} value={value}>
                {t('sessions.history.audit.option', { type: typeName(value), count })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('sessions.history.audit.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table results-audit" aria-label={t('sessions.history.audit.label')}>
            <thead>
              <tr>
                <th className="number">{t('sessions.history.audit.no')}</th>
                <th>{t('sessions.history.audit.at')}</th>
                <th>{t('sessions.history.audit.type')}</th>
                <th>{t('sessions.history.audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((event) => (
                <tr key={event.id} data-event={event.type}>
                  <td className="number">{event.seq}</td>
                  <td className="nowrap">{formatTimestamp(event.at)}</td>
                  <td>
                    <span className={`pill neutral results-event-type type-${event.type}`}>{typeName(event.type)}</span>
                  </td>
                  <td>{describeAuditEvent(event, names, translate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
