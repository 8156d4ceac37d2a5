import { useId, type ReactNode } from 'react';

/** One block of the dashboard: a title, an optional big count beside it, and its content. */
export function DashboardCard({
  title,
  count,
  className = '',
  children,
}: {
  title: string;
  count?: number | undefined;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`card dash-card ${className}`} aria-labelledby={id}>
      <header className="dash-card-head">
        <h2 id={id}>{title}</h2>
        {count !== undefined ? <span className={`dash-count${count === 0 ? ' zero' : ''}`}>{count}</span> : null}
      </header>
      {children}
    </section>
  );
}

/** What a card says when it has nothing to list, and where to go next. */
export function CardEmpty({ text, next }: { text: string; next?: { href: string; label: string } | undefined }) {
  return (
    <div className="dash-empty">
      <p>{text}</p>
      {next ? <a href={next.href}>{next.label}</a> : null}
    </div>
  );
}

/** Stars as glyphs, read out as "3 sao". */
export function StarGlyphs({ stars, label }: { stars: number; label: string }) {
  return (
    <span className="dash-stars" role="img" aria-label={label} title={label}>
      {'★'.repeat(stars)}
    </span>
  );
}
