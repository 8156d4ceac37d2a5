import { useTranslation } from 'react-i18next';
import type {
  SessionMemberSnapshot,
  SessionProductSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import type { RubricSet } from '../../../../../shared/domain/rubric/rubric-pack.schema';

/** The head of an open sheet: whose sheet, which product and set, which round, and whether it is saved. */
export function SheetHeading({
  member,
  product,
  set,
  saving,
  typing,
}: {
  member: SessionMemberSnapshot;
  product: SessionProductSnapshot;
  set: RubricSet;
  saving: boolean | null;
  /** For a paper sheet: which typing this is. */
  typing?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="sheet-heading">
      <div>
        <h2 className="sheet-heading-product">
          {product.name}
          {product.code ? <span className="sheet-heading-code"> ({product.code})</span> : null}
        </h2>
        <p className="sheet-heading-meta">
          {[
            t('sessions.score.sheet.member', { name: member.name }),
            t('sessions.score.setName', { no: set.no, name: set.name }),
            t('sessions.score.round', { round: product.round }),
            product.producerName,
          ].join(' · ')}
        </p>
        {typing ? <p className="sheet-heading-typing">{typing}</p> : null}
      </div>
      {saving === null ? null : (
        <span className={`save-state${saving ? ' is-saving' : ''}`} role="status">
          {saving ? t('sessions.score.sheet.saving') : t('sessions.score.sheet.saved')}
        </span>
      )}
    </div>
  );
}
