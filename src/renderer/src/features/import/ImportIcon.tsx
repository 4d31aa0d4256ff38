/** Line icons the import feature needs beyond the shared set; drawn like `Icon`, always decorative. */

const PATHS = {
  folder: ['M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z'],
  paste: [
    'M9 4h6a1 1 0 0 1 1 1v1H8V5a1 1 0 0 1 1-1z',
    'M16 5h2a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2h2',
    'M8 12h8',
    'M8 16h5',
  ],
  feed: ['M4 11a9 9 0 0 1 9 9', 'M4 4a16 16 0 0 1 16 16', 'M5 19h.01'],
  refresh: ['M20 11a8 8 0 0 0-14.9-3', 'M4 4v4h4', 'M4 13a8 8 0 0 0 14.9 3', 'M20 20v-4h-4'],
  skip: ['M5 12h12', 'M13 6l6 6-6 6'],
  warning: ['M12 3l10 18H2z', 'M12 10v4', 'M12 17.5h.01'],
  offline: [
    'M2 8.8a15 15 0 0 1 4.2-2.7',
    'M10.7 5.1A15 15 0 0 1 22 8.8',
    'M5 12.6a10 10 0 0 1 5.2-2.6',
    'M8.5 16.4a5 5 0 0 1 7 0',
    'M12 20h.01',
    'M3 3l18 18',
  ],
  reveal: ['M14 3h7v7', 'M10 14L21 3', 'M19 14v5a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2h5'],
} as const;

export type ImportIconName = keyof typeof PATHS;

export function ImportIcon({
  name,
  size = 16,
  className,
}: {
  name: ImportIconName;
  size?: number;
  className?: string;
}) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
