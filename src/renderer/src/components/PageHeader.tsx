import type { ReactNode } from 'react';

/** The title of a screen, a line saying what it is for, and its main actions on the right. */
export function PageHeader({
  title,
  intro,
  actions,
}: {
  title: string;
  intro?: string | undefined;
  actions?: ReactNode;
}) {
  return (
    <div className="page-header">
      <div>
        <h1 className="page-title">{title}</h1>
        {intro ? <p className="page-intro">{intro}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}
