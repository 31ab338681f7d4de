import { pause, playEnd, seek } from './playback';
import { questionBetween } from './lesson';
import { lessonHoldsAt } from './lessonRun';
import { stepsThrough } from '../trace';
import type { PaxosStore } from './state';

/** How long a Step glides the cursor to its next event. */
const GLIDE_MS = 280;
/** How long a looping run rests at its stop, so the outcome can be read before it starts again. */
export const LOOP_HOLD_MS = 1200;

export interface Clock {
  now(): number;
  request(callback: (time: number) => void): number;
  cancel(handle: number): void;
}

/**
 * The animation loop, the only thing that moves the cursor by itself: it advances time while
 * playing (up to the bounds' stop, looping when asked, pausing at a lesson's question) and
 * glides the cursor after a Step. It runs only while there is something to move, so a paused
 * page draws no frames. The clock is injected so tests can drive it.
 */
export function attachLoop(store: PaxosStore, clock: Clock): () => void {
  let handle: number | null = null;
  let last = 0;
  let glideFrom = 0;
  let glideStart = 0;
  let glideTo: number | null = null;
  let holdUntil: number | null = null;

  const frame = (time: number): void => {
    handle = null;
    // A frame's timestamp is when the frame began, which can be before the moment Play was
    // pressed: never let time run backwards (it would undo steps and re-ask a lesson's question).
    const dt = Math.max(0, Math.min(100, time - last));
    last = time;
    const state = store.getState();
    if (state.playing && holdUntil !== null) {
      if (time >= holdUntil) {
        holdUntil = null;
        // Each pass reads the story again at its opening zoom, as Play from the end does.
        seek(store, state.bounds.start);
        store.setState({ fit: false });
      }
    } else if (state.playing) {
      const end = playEnd(state);
      const next = state.cursor + (dt / 1000) * state.speed;
      // A lesson question stops the run where it is asked, before its answer plays out.
      const asked = state.lessons
        ? questionBetween(state.scenario.stops, state.cursor, Math.min(next, end), state.revealed)
        : null;
      // Only while the lesson still tells the run: an edited run has its own story by then.
      const question =
        asked !== null && lessonHoldsAt(state, stepsThrough(state.trace, asked.stop.at))
          ? asked
          : null;
      if (question !== null) {
        seek(store, question.stop.at);
        pause(store);
      } else {
        seek(store, Math.min(next, end));
        if (next >= end) {
          if (state.bounds.loop) holdUntil = time + LOOP_HOLD_MS;
          else pause(store);
        }
      }
    } else if (state.cursorTarget !== null && glideTo !== null) {
      const progress = Math.min(1, (time - glideStart) / GLIDE_MS);
      const eased = 1 - (1 - progress) ** 3;
      if (progress >= 1) {
        store.setState({ cursor: glideTo, cursorTarget: null });
        glideTo = null;
      } else {
        store.setState({ cursor: glideFrom + (glideTo - glideFrom) * eased });
      }
    }
    schedule();
  };

  const schedule = (): void => {
    const { playing, cursorTarget } = store.getState();
    if (handle !== null || (!playing && cursorTarget === null)) return;
    handle = clock.request(frame);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.playing && !previous.playing) last = clock.now();
    if (!state.playing) holdUntil = null;
    // A glide starts when the Step happens, from wherever the cursor is then.
    if (state.cursorTarget !== null && state.cursorTarget !== previous.cursorTarget) {
      glideFrom = state.cursor;
      glideStart = clock.now();
      glideTo = state.cursorTarget;
    }
    schedule();
  });
  return () => {
    unsubscribe();
    if (handle !== null) clock.cancel(handle);
  };
}

export const browserClock: Clock = {
  now: () => performance.now(),
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};
