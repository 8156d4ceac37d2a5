import { useEffect, useRef } from 'react';

const FIELDS = 'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/**
 * Puts the keyboard in the first field of a form when it appears (and again when `key` changes, e.g. the
 * next step of the setup). Waits a frame so that a dialog opening around the form does not take the
 * focus back to its close button. A checked radio button wins over the unchecked ones of its group.
 */
export function useFocusFirst<T extends HTMLElement>(key: unknown = null) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const container = ref.current;
      if (!container) return;
      const first = container.querySelector<HTMLInputElement>(FIELDS);
      const target =
        first?.type === 'radio'
          ? (container.querySelector<HTMLInputElement>(`input[type="radio"][name="${first.name}"]:checked`) ?? first)
          : first;
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [key]);
  return ref;
}
