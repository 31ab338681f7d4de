import type { Lang } from '../i18n';
import { detectLang } from '../i18n';
import type { Theme } from '../store';

export type Mode = 'full' | 'embed' | 'present';

/** What to open: a preset or a full scenario, the user's edits and where playback was. */
export interface RunRequest {
  /** The link's version (`v`), as written: openRun says what a newer or damaged one means. */
  version: string | null;
  preset: string | null;
  /** A scenario file, compressed (see link.ts). */
  scenario: string | null;
  /** The edits, compressed. */
  edits: string | null;
  seed: number | null;
  /** A rule to break (`?bug=`), by the engine's name for it: read as an edit, like `seed`. */
  bug: string | null;
  cursor: number | null;
  step: number | null;
}

/**
 * Everything a Paxoscope instance can be asked for. The page reads it from its address; the
 * custom element from its attributes; both are untrusted and read defensively.
 */
export interface Options {
  mode: Mode;
  lang: Lang;
  /** null: follow the system's reduced-motion setting. */
  motion: boolean | null;
  theme: Theme;
  run: RunRequest;
  autoplay: boolean;
  loop: boolean;
  speed: number | null;
  start: number | null;
  stop: number | null;
  controls: boolean;
}

function flag(value: string | null): boolean {
  return value !== null && value !== '0' && value !== 'false';
}

function number(value: string | null, min: number, max: number): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

/** Options from a query string (`?scenario=basic&embed=1&lang=zh…`) or a custom element's attributes. */
export function readOptions(
  get: (name: string) => string | null,
  preferred: readonly string[],
): Options {
  const mode: Mode = flag(get('embed')) ? 'embed' : flag(get('present')) ? 'present' : 'full';
  const lang = get('lang');
  const theme = get('theme');
  const motion = get('motion');
  return {
    mode,
    lang: detectLang(lang === null ? '' : `?lang=${encodeURIComponent(lang)}`, preferred),
    motion: motion === null ? null : flag(motion),
    theme: theme === 'light' || theme === 'dark' ? theme : 'system',
    run: {
      version: get('v'),
      preset: get('scenario'),
      scenario: get('s'),
      edits: get('e'),
      seed: number(get('seed'), 0, 4_294_967_295),
      bug: get('bug'),
      cursor: number(get('t'), 0, 100_000),
      step: number(get('n'), 0, 10_000_000),
    },
    autoplay: flag(get('autoplay')),
    loop: flag(get('loop')),
    speed: number(get('speed'), 0.05, 1000),
    start: number(get('start'), 0, 100_000),
    stop: number(get('stop'), 0, 100_000),
    controls: get('controls') === null ? true : flag(get('controls')),
  };
}

export function optionsFromUrl(search: string, preferred: readonly string[]): Options {
  const params = new URLSearchParams(search);
  return readOptions((name) => params.get(name), preferred);
}
