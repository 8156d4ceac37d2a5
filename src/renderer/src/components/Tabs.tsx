/** Sub-navigation of an area (links, so the URL and a reload keep the tab). */
export function Tabs({
  tabs,
  current,
  label,
}: {
  tabs: readonly { href: string; label: string; id: string }[];
  current: string;
  label: string;
}) {
  return (
    <nav className="tabs" aria-label={label}>
      {tabs.map((tab) => (
        <a key={tab.id} href={tab.href} aria-current={tab.id === current ? 'page' : undefined}>
          {tab.label}
        </a>
      ))}
    </nav>
  );
}
