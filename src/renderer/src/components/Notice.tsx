import type { ReactNode } from 'react';

/** A coloured message block: what happened and what to do next. */
export function Notice({
  tone,
  title,
  children,
}: {
  tone: 'warning' | 'error' | 'success';
  title: string;
  children?: ReactNode;
}) {
  return (
    <div className={`notice ${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <h3>{title}</h3>
      {children}
    </div>
  );
}
