/** Line icons for the navigation and empty states (drawn here: no emoji font is needed on the laptops). */
const PATHS = {
  dashboard: 'M3 3h6v8H3zM11 3h6v5h-6zM11 10h6v7h-6zM3 13h6v4H3z',
  council:
    'M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm8 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1.5 17c0-3 2.5-5 5.5-5s5.5 2 5.5 5M13 12.2c.6-.1 1.3-.2 2-.2 2.6 0 4.5 1.8 4.5 4.5',
  products: 'M3 6.5 10 3l7 3.5v7L10 17l-7-3.5v-7ZM3 6.5 10 10l7-3.5M10 10v7',
  sessions: 'M6 3h8v2H6zM5 4H4v13h12V4h-1M7 10l2 2 4-4',
  documents: 'M5 2.5h7l3.5 3.5v11.5H5V2.5ZM12 2.5V6h3.5M7.5 10h5M7.5 13h5',
  archive: 'M2.5 4h15v3.5h-15zM4 7.5v9h12v-9M8 10.5h4',
  rubric: 'M4 3.5h12v13H4zM7 7h6M7 10h6M7 13h3.5',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
