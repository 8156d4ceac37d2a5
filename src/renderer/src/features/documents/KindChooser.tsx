import { useTranslation } from 'react-i18next';
import { DOCUMENT_KIND_IDS, needsFinalised, type DocumentKindId } from './document-kinds';

/** The documents to make, as tick boxes; those that need the finalised results are off until then. */
export function KindChooser({
  chosen,
  finalised,
  onChange,
}: {
  chosen: ReadonlySet<DocumentKindId>;
  finalised: boolean;
  onChange: (kinds: ReadonlySet<DocumentKindId>) => void;
}) {
  const { t } = useTranslation();
  const available = DOCUMENT_KIND_IDS.filter((kind) => finalised || !needsFinalised(kind));
  const toggle = (kind: DocumentKindId, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(kind);
    else next.delete(kind);
    onChange(next);
  };
  return (
    <fieldset className="group documents-kinds">
      <legend>{t('documentsUi.kinds.legend')}</legend>
      <ul>
        {DOCUMENT_KIND_IDS.map((kind) => {
          const locked = !finalised && needsFinalised(kind);
          return (
            <li key={kind} className={locked ? 'locked' : undefined}>
              <label className="checkbox-field">
                <input
                  type="checkbox"
                  checked={chosen.has(kind) && !locked}
                  disabled={locked}
                  onChange={(event) => toggle(kind, event.target.checked)}
                />
                <span>
                  <span className="kind-name">{t(`documentsUi.kinds.${kind}`)}</span>
                  <span className="kind-hint">
                    {locked ? t('documentsUi.kinds.needsFinalised') : t(`documentsUi.kinds.${kind}Hint`)}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <div className="kinds-actions">
        <button type="button" className="button small secondary" onClick={() => onChange(new Set(available))}>
          {t('documentsUi.kinds.all')}
        </button>
        <button type="button" className="button small secondary" onClick={() => onChange(new Set())}>
          {t('documentsUi.kinds.none')}
        </button>
      </div>
    </fieldset>
  );
}
