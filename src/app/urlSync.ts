import type { PaxosStore } from '../store';
import { pageParams } from './links';

/** How often at most the address is rewritten (browsers throttle history updates). */
const WRITE_EVERY_MS = 400;

/**
 * Keeps the address bar holding the whole run — scenario, edits, position, language, theme —
 * so that copying it reproduces what is on screen. It is rewritten (never pushed: Back leaves
 * the app) when the run or the position changes. While playing, the position is only written
 * when playing stops: a position that changes every frame cannot be copied anyway, and each
 * rewrite costs the browser a few milliseconds, which a frame at top speed does not have.
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
      (!state.playing &&
        (previous.playing ||
          state.step !== previous.step ||
          (state.cursor !== previous.cursor && state.cursorTarget === null)));
    if (changed && timer === null) timer = setTimeout(write, WRITE_EVERY_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
