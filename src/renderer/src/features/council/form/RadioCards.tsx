import { useId, type ReactNode } from 'react';

export interface RadioCardOption<V extends string> {
  readonly value: V;
  readonly title: string;
  readonly line: string;
  readonly badge?: ReactNode;
}

/**
 * A choice among a few options, each explained in one line (radio buttons: the arrow keys move between
 * them, Tab leaves the group).
 */
export function RadioCards<V extends string>({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: V;
  options: readonly RadioCardOption<V>[];
  onChange: (value: V) => void;
}) {
  const name = useId();
  return (
    <fieldset className="group radio-cards">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={`radio-card${option.value === value ? ' selected' : ''}`}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>
            <span className="radio-card-title">
              {option.title}
              {option.badge}
            </span>
            <span className="radio-card-line">{option.line}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
