/** Small line icons for the controls (system fonts lack media glyphs on some machines). */
const PATHS = {
  stepBack: 'M6 5v14M19 5l-10 7 10 7z',
  step: 'M18 5v14M5 5l10 7-10 7z',
  play: 'M7 4l13 8-13 8z',
  pause: 'M7 5h4v14H7zM14 5h4v14h-4z',
  reset: 'M4 12a8 8 0 1 0 2.5-5.8M4 4v5h5',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="px-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
