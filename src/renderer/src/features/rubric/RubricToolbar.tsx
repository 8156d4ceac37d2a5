import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackSummary } from '../../../../shared/domain/rubric/pack-summary';
import type { RubricSelection } from '../../db/settings.repository';
import { ImportRubricButton } from './ImportRubricButton';

/** Choose the pack and the product set; import another pack or a completed set. */
export function RubricToolbar({
  packs,
  selection,
  onSelect,
  onImport,
}: {
  packs: readonly PackSummary[];
  selection: RubricSelection;
  onSelect: (selection: RubricSelection) => void;
  onImport: (file: File) => void;
}) {
  const { t } = useTranslation();
  const packId = useId();
  const setId = useId();
  const pack = packs.find((p) => p.id === selection.pack);
  const groups = new Map<string, { name: string; sets: PackSummary['sets'][number][] }>();
  for (const set of pack?.sets ?? []) {
    const group = groups.get(set.groupCode) ?? { name: set.groupName, sets: [] };
    group.sets.push(set);
    groups.set(set.groupCode, group);
  }
  return (
    <div className="rubric-toolbar">
      <div className="field">
        <label htmlFor={packId}>{t('rubric.pack')}</label>
        <select
          id={packId}
          value={selection.pack}
          onChange={(event) => onSelect({ pack: event.target.value, set: selection.set })}
        >
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {t('rubric.packOption', { id: p.id, version: p.version })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={setId}>{t('rubric.set')}</label>
        <select
          id={setId}
          value={selection.set}
          onChange={(event) => onSelect({ pack: selection.pack, set: Number(event.target.value) })}
        >
          {[...groups].map(([code, group]) => (
            <optgroup key={code} label={`${code}. ${group.name}`}>
              {group.sets.map((set) => (
                <option key={set.no} value={set.no}>
                  {t(set.complete ? 'rubric.setOption' : 'rubric.setOptionIncomplete', { no: set.no, name: set.name })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="toolbar-spacer" />
      <ImportRubricButton onFile={onImport} />
    </div>
  );
}
