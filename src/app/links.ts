import type { EmbedChoice } from '../components/hostContext';
import type { State } from '../store';
import { encodeRun } from './link';

/**
 * Query parameters that are not the run's but the page's (a test flag) and stay. A broken rule
 * (`bug=`) is not one of them: it opens as an edit, and the run's edits carry it from then on.
 */
const KEEP = ['motion'];

type LinkState = Pick<
  State,
  'presetId' | 'base' | 'edits' | 'cursor' | 'step' | 'lang' | 'theme' | 'presenting'
>;

/**
 * The full app's parameters for a run: the run itself (the link codec), the theme when one was
 * chosen, and the page flags kept from the current address. The theme is the page's, not the
 * run's, so it stays out of the codec; it still travels, as a reader would want to see what the
 * sender saw.
 */
export function pageParams(state: LinkState, current: URLSearchParams): URLSearchParams {
  const params = encodeRun(state, state.lang);
  for (const name of KEEP) {
    const value = current.get(name);
    if (value !== null) params.set(name, value);
  }
  if (state.theme !== 'system') params.set('theme', state.theme);
  if (state.presenting) params.set('present', '1');
  return params;
}

/**
 * The embed's parameters for a run: `embed=1`, the run (broken rules included, as edits),
 * the theme, and what the author chose. Test flags (`motion`) and the lecture mode stay behind.
 */
export function embedParams(
  state: LinkState,
  current: URLSearchParams,
  choice: EmbedChoice,
): URLSearchParams {
  const params = new URLSearchParams({ embed: '1' });
  for (const [name, value] of pageParams(state, current)) {
    if (name !== 'present' && name !== 'motion') params.set(name, value);
  }
  if (choice.autoplay) params.set('autoplay', '1');
  if (choice.loop) params.set('loop', '1');
  return params;
}

/** An address of the app with parameters: the app's own address (origin and path) and a query. */
export function withQuery(appUrl: string, params: URLSearchParams): string {
  return `${appUrl.replace(/[?#].*$/, '')}?${params.toString()}`;
}

/**
 * The full app's address for a custom element: its `app` attribute, else the folder its script
 * was loaded from (where the build puts the app). Only http(s) addresses count: an attribute is
 * untrusted, and `javascript:` must never become a link. Null when neither gives one.
 */
export function appUrlOf(attribute: string | null, script: string): string | null {
  const candidates: [address: string, base?: string][] = [];
  if (attribute !== null) candidates.push([attribute]);
  if (script !== '') candidates.push(['./', script]);
  for (const [address, base] of candidates) {
    try {
      const url = new URL(address, base);
      if (url.protocol === 'http:' || url.protocol === 'https:')
        return `${url.origin}${url.pathname}`;
    } catch {
      // Not an absolute address: try the next candidate.
    }
  }
  return null;
}
