import { useRef } from 'react';

/** A button that opens the file chooser for an .xlsx file (the input itself stays out of the tab order). */
export function FileChooser({
  label,
  onFile,
  disabled = false,
  primary = false,
}: {
  label: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  primary?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={primary ? 'button' : 'button secondary'}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
