/** Small line icons for the controls (system fonts lack media glyphs on some machines). */
const PATHS = {
  stepBack: 'M6 5v14M19 5l-10 7 10 7z',
  step: 'M18 5v14M5 5l10 7-10 7z',
  play: 'M7 4l13 8-13 8z',
  pause: 'M7 5h4v14H7zM14 5h4v14h-4z',
  reset: 'M4 12a8 8 0 1 0 2.5-5.8M4 4v5h5',
  // The whole run between two bars: an arrow out to each.
  fit: 'M4 3h16M4 21h16M12 6v12M8.5 9.5 12 6l3.5 3.5M8.5 14.5 12 18l3.5-3.5',
  system: 'M3 5h18v11H3zM8 20h8M12 16v4',
  light:
    'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
  dark: 'M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="px-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
