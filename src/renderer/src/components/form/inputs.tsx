import type { ReactNode } from 'react';
import { Field } from './Field';

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
      {(props) => (
        <input {...props} type={type} value={value} autoFocus={autoFocus} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
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
