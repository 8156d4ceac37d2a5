import { useRef } from 'react';

/** A button that opens the file chooser for a JSON file (the input itself stays out of the tab order). */
export function JsonFileButton({
  label,
  onFile,
  disabled = false,
  secondary = false,
}: {
  label: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  secondary?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={secondary ? 'button secondary' : 'button'}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
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
