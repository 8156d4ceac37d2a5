import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldIssue } from './FormContext';

export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
}

/**
 * A labelled form field showing its own problem under it (from the form's issues, by `path`), wired for
 * screen readers. `children` renders the control with the props it is given.
 */
export function Field({
  label,
  path,
  hint,
  required = false,
  children,
}: {
  label: string;
  path: string;
  hint?: string | undefined;
  required?: boolean | undefined;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const found = useFieldIssue(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = found ? `${id}-error` : undefined;
  return (
    <div className={`form-field${found ? ' invalid' : ''}`} data-field={path}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required-mark"> *</span> : null}
      </label>
      {children({
        id,
        'aria-invalid': found !== undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
      {hint ? (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {found ? (
        <div className="field-error" id={errorId}>
          {t(`issue.${found.key}` as never, found.params)}
        </div>
      ) : null}
    </div>
  );
}
