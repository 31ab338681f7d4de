import type { PaxosStore } from '../store';
import { pageParams } from './links';

/** How often at most the address is rewritten (browsers throttle history updates). */
const WRITE_EVERY_MS = 400;

/**
 * Keeps the address bar holding the whole run — scenario, edits, position, language, theme —
 * so that copying it reproduces what is on screen. It is rewritten (never pushed: Back leaves
 * the app) when the run or the position changes, not on every frame of playing.
 */
export function attachUrlSync(store: PaxosStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const next = `?${pageParams(store.getState(), new URLSearchParams(location.search)).toString()}`;
    if (next !== location.search) history.replaceState(history.state, '', next);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const changed =
      state.base !== previous.base ||
      state.edits !== previous.edits ||
      state.lang !== previous.lang ||
      state.presenting !== previous.presenting ||
      state.theme !== previous.theme ||
      state.step !== previous.step ||
      (!state.playing && state.cursor !== previous.cursor && state.cursorTarget === null);
    if (changed && timer === null) timer = setTimeout(write, WRITE_EVERY_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
