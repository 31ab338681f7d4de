import { createPaxosStore, nearestSpeed, runOf, setBounds, setTheme } from '../store';
import type { PaxosStore } from '../store';
import { stepsThrough, worldAfter } from '../trace';
import { openRun } from './link';
import type { Options } from './options';

/** Puts the cursor at a time (and a step count within that time), both clamped to the run. */
function placeAt(store: PaxosStore, time: number, step: number | null): void {
  const { trace } = store.getState();
  const cursor = Math.min(Math.max(time, 0), trace.end);
  const steps = Math.min(
    Math.max(Math.round(step ?? stepsThrough(trace, cursor)), 0),
    trace.steps.length,
  );
  store.setState({ cursor, step: steps, world: worldAfter(trace, steps) });
}

/**
 * A store for what the options ask to open: the run from the link, at the link's position or
 * at `start` (which wins: an embed opens where its author asked), playing bounded by
 * `start`/`stop`/`loop` at the asked speed, in the asked theme, presenting when asked.
 * Autoplay is the caller's to start once the screen is up.
 */
export function openStore(options: Options): { store: PaxosStore; error: string | null } {
  const opened = openRun(options.run);
  const store = createPaxosStore(runOf(opened.base, opened.edits, opened.presetId), options.lang);
  if (options.start !== null) placeAt(store, options.start, null);
  else if (opened.cursor !== null || opened.step !== null)
    placeAt(store, opened.cursor ?? 0, opened.step);
  const start = Math.min(options.start ?? 0, store.getState().trace.end);
  setBounds(store, { start, stop: options.stop, loop: options.loop });
  if (options.speed !== null) store.setState({ speed: nearestSpeed(options.speed) });
  setTheme(store, options.theme);
  store.setState({ presenting: options.mode === 'present', lessons: options.mode !== 'embed' });
  return { store, error: opened.error };
}
