import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesQuery, searchWords } from '../../../../shared/domain/text/search-words';
import { Field } from '../../components/form/Field';

/** Above this many choices, a filter box narrows the list as the user types. */
const FILTER_FROM = 12;

/**
 * A required choice among records (a product, a producer): a select, with a filter box above it when the
 * list is long (diacritics optional). The chosen record stays in the list whatever the filter says.
 */
export function ChoiceField({
  label,
  path,
  value,
  onChange,
  options,
  placeholder,
  hint,
  disabled = false,
  autoFocus = false,
}: {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder: string;
  hint?: string | undefined;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const filtering = !disabled && options.length > FILTER_FROM;
  const shown =
    filtering && filter.trim() !== ''
      ? options.filter((o) => o.value === value || matchesQuery(searchWords(o.label), filter))
      : options;
  return (
    <Field label={label} path={path} hint={hint} required>
      {(props) => (
        <div className="choice-field">
          {filtering ? (
            <input
              type="search"
              className="choice-filter"
              value={filter}
              placeholder={t('products.filterPlaceholder')}
              aria-label={t('products.filterChoices', { label })}
              autoFocus={autoFocus}
              onChange={(e) => setFilter(e.target.value)}
            />
          ) : null}
          <select
            {...props}
            value={value}
            disabled={disabled}
            autoFocus={autoFocus && !filtering}
            onChange={(e) => onChange(e.target.value)}
          >
            <option value="">{placeholder}</option>
            {shown.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </Field>
  );
}
