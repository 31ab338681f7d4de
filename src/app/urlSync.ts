import type { PaxosStore, State } from '../store';
import { encodeRun } from './link';

/** How often at most the address is rewritten (browsers throttle history updates). */
const WRITE_EVERY_MS = 400;

/** Query parameters that are not the run's but the page's (a mode, a lecture flag) and stay. */
const KEEP = ['bug', 'motion', 'theme'];

function linkOf(state: State, current: URLSearchParams): string {
  const params = encodeRun(state, state.lang);
  if (state.presenting) params.set('present', '1');
  for (const name of KEEP) {
    const value = current.get(name);
    if (value !== null) params.set(name, value);
  }
  return `?${params.toString()}`;
}

/**
 * Keeps the address bar holding the whole run — scenario, edits, position, language — so that
 * copying it reproduces what is on screen. It is rewritten (never pushed: Back leaves the app)
 * when the run or the position changes, not on every frame of playing.
 */
export function attachUrlSync(store: PaxosStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const state = store.getState();
    const next = linkOf(state, new URLSearchParams(location.search));
    if (next !== location.search) history.replaceState(history.state, '', next);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const changed =
      state.base !== previous.base ||
      state.edits !== previous.edits ||
      state.lang !== previous.lang ||
      state.presenting !== previous.presenting ||
      state.step !== previous.step ||
      (!state.playing && state.cursor !== previous.cursor && state.cursorTarget === null);
    if (changed && timer === null) timer = setTimeout(write, WRITE_EVERY_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}

/** The link to this exact run, for the Share button. */
export function shareLink(store: PaxosStore): string {
  return `${location.origin}${location.pathname}${linkOf(store.getState(), new URLSearchParams(location.search))}`;
}
