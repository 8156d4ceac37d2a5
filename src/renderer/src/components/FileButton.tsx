import { useRef } from 'react';

export const JSON_FILES = '.json,application/json';
export const XLSX_FILES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A button that opens the file chooser (the input itself stays hidden and out of the tab order; its label
 * is the button's, so tests and screen readers find it). Choosing the same file twice fires twice.
 */
export function FileButton({
  label,
  onFile,
  accept = JSON_FILES,
  primary = false,
  disabled = false,
  title,
}: {
  label: string;
  onFile: (file: File) => void;
  accept?: string;
  primary?: boolean;
  disabled?: boolean;
  title?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={primary ? 'button' : 'button secondary'}
        disabled={disabled}
        title={title}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept={accept}
        aria-label={label}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
