import {
  createPaxosStore,
  nearestSpeed,
  placeWhenRecorded,
  runOf,
  setBounds,
  setTheme,
} from '../store';
import type { PaxosStore, RunSlice } from '../store';
import { preset } from '../scenario';
import { openRun } from './link';
import type { OpenedRun } from './link';
import type { Options } from './options';

/**
 * A store for what the options ask to open: the run from the link, at the link's position or
 * at `start` (which wins: an embed opens where its author asked), playing bounded by
 * `start`/`stop`/`loop` at the asked speed, in the asked theme, presenting when asked.
 * Autoplay is the caller's to start once the screen is up.
 */
export function openStore(options: Options): { store: PaxosStore; error: string | null } {
  const opened = openRun(options.run);
  const { run, error } = runOrBasic(opened);
  const store = createPaxosStore(run, options.lang);
  if (options.start !== null) placeWhenRecorded(store, options.start, null);
  else if (opened.cursor !== null || opened.step !== null)
    placeWhenRecorded(store, opened.cursor ?? 0, opened.step);
  const { trace, recording } = store.getState();
  const start = recording === null ? Math.min(options.start ?? 0, trace.end) : (options.start ?? 0);
  setBounds(store, { start, stop: options.stop, loop: options.loop });
  if (options.speed !== null) store.setState({ speed: nearestSpeed(options.speed) });
  setTheme(store, options.theme);
  store.setState({ presenting: options.mode === 'present', lessons: options.mode !== 'embed' });
  return { store, error };
}

/**
 * The run a link asks for, or the basic scenario with the reason when running it fails: a
 * validated scenario should never make the engine throw, but a page that opens blank because
 * one did would lose the visitor, so the failure is said and the page opens all the same.
 */
function runOrBasic(opened: OpenedRun): { run: RunSlice; error: string | null } {
  try {
    return { run: runOf(opened.base, opened.edits, opened.presetId), error: opened.error };
  } catch (thrown) {
    return {
      run: runOf(preset('basic'), [], 'basic'),
      error: `it could not be run (${String((thrown as Error).message).slice(0, 200)})`,
    };
  }
}
