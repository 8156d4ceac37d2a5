import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateText, parseDateText } from '../../../../shared/domain/dates/date-text';
import { Field, type FieldControlProps } from './Field';

interface Common {
  label: string;
  path: string;
  hint?: string | undefined;
  required?: boolean | undefined;
}

export function TextInput({
  value,
  onChange,
  type = 'text',
  autoFocus,
  ...field
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'tel' | 'date' | 'email';
  autoFocus?: boolean | undefined;
}) {
  return (
    <Field {...field}>
      {(props) =>
        type === 'date' ? (
          <DateText {...props} value={value} autoFocus={autoFocus} onChange={onChange} />
        ) : (
          <input
            {...props}
            type={type}
            value={value}
            autoFocus={autoFocus}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/**
 * A date typed day first (10/3/2025), the way councils write dates whatever the laptop's language; the
 * value handed on is the ISO date when the text is a real date, else the text itself (which the form's
 * schema then reports). Shows dd/MM/yyyy once the field is left.
 */
function DateText({
  value,
  onChange,
  autoFocus,
  ...props
}: FieldControlProps & { value: string; onChange: (value: string) => void; autoFocus?: boolean | undefined }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => dateText(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The value changed from outside (a reset, a prefill): show it, unless it is what the text already says.
    setShown(value);
    if ((parseDateText(text) ?? text) !== value) setText(dateText(value));
  }
  return (
    <input
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('common.datePlaceholder')}
      autoFocus={autoFocus}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const next = parseDateText(e.target.value) ?? e.target.value.trim();
        setShown(next);
        onChange(next);
      }}
      onBlur={() => {
        const date = parseDateText(text);
        if (date) setText(dateText(date));
      }}
    />
  );
}

export function TextArea({
  value,
  onChange,
  rows = 3,
  ...field
}: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <Field {...field}>
      {(props) => <textarea {...props} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** A whole-number input; an empty box gives NaN, which the schema reports as a missing number. */
export function NumberInput({
  value,
  onChange,
  min,
  max,
  step = 1,
  ...field
}: Common & {
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
}) {
  return (
    <Field {...field}>
      {(props) => (
        <input
          {...props}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={Number.isNaN(value) ? '' : value}
          onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
        />
      )}
    </Field>
  );
}

export function SelectInput<V extends string>({
  value,
  onChange,
  options,
  ...field
}: Common & {
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
}) {
  return (
    <Field {...field}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxInput({
  checked,
  onChange,
  label,
  hint,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
  hint?: string;
}) {
  return (
    <label className="checkbox-field" title={hint}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
