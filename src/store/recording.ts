import type { Scenario } from '../scenario';
import { RunRecording } from '../sim';
import type { Trace } from '../trace';
import { placeAt, placeIn, replaceRun } from './playback';
import { runFields } from './runSlice';
import type { PaxosStore } from './state';

/**
 * Long runs are recorded in the background. The first steps of a run are recorded at once and
 * drawn; a run that is not over by then goes on being recorded in slices between frames, so
 * the page answers while a stranger's heavy link is worked out, and the whole trace replaces
 * the first part when it is ready. The engine is deterministic, so the first part is exactly
 * the start of the whole: the place on screen stays valid across the swap.
 */

/**
 * Steps recorded before the first drawing: every teaching scenario fits (the longest,
 * dueling-proposers, takes 175), a heavy run does not. The fewer, the sooner a heavy run is on
 * screen (recording `stress`'s first 2,000 steps held its first lane about 130 ms); 500 steps of
 * it reach tick 40, past the dozen ticks the opening view shows, so it opens at the same zoom.
 */
export const FIRST_STEPS = 500;
/** Steps between looks at the clock, and how long one slice may hold the page. */
const SLICE_STEPS = 256;
const SLICE_MS = 8;

/** A run still being recorded: how far it has got, and the place a link asked for beyond it. */
export interface Recording {
  run: RunRecording;
  reached: number;
  place: { cursor: number; step: number | null } | null;
}

/**
 * The trace to draw first (the first FIRST_STEPS steps past `from`), and the recording that
 * goes on when the run is longer than that.
 */
export function recordRun(
  scenario: Scenario,
  from = 0,
): { trace: Trace; recording: Recording | null } {
  const run = new RunRecording(scenario);
  if (run.advance(from + FIRST_STEPS)) return { trace: run.trace(), recording: null };
  return { trace: run.preview(), recording: { run, reached: run.reached, place: null } };
}

/** Puts the whole trace on screen in place of its first part, keeping the place. */
function complete(store: PaxosStore, recording: Recording): void {
  const state = store.getState();
  const trace = recording.run.trace();
  const { cursor, step } = recording.place ?? state;
  replaceRun(store, { ...runFields(state), trace, recording: null }, placeIn(trace, cursor, step));
}

/** Records the rest of the run now, all of it (exports, tests, and a host with no time to wait). */
export function finishRecording(store: PaxosStore): void {
  const { recording } = store.getState();
  if (recording === null) return;
  recording.run.advance(Infinity);
  complete(store, recording);
}

/** Goes to a place now, or once the run is recorded that far if it is not yet. */
export function placeWhenRecorded(store: PaxosStore, cursor: number, step: number | null): void {
  const { recording, trace } = store.getState();
  const beyond = cursor > trace.end || (step !== null && step > trace.steps.length);
  if (recording !== null && beyond)
    store.setState({ recording: { ...recording, place: { cursor, step } } });
  else placeAt(store, cursor, step);
}

export interface Scheduler {
  now(): number;
  later(callback: () => void): number;
  cancel(handle: number): void;
}

export const browserScheduler: Scheduler = {
  now: () => performance.now(),
  later: (callback) => window.setTimeout(callback, 0),
  cancel: (handle) => window.clearTimeout(handle),
};

/**
 * Works on the store's recording, a slice at a time, whenever there is one; a new run (an
 * edit, another scenario) replaces the recording, and the old one is simply dropped.
 */
export function attachRecorder(store: PaxosStore, scheduler: Scheduler): () => void {
  let handle: number | null = null;

  const slice = (): void => {
    handle = null;
    const { recording } = store.getState();
    if (recording === null) return;
    const until = scheduler.now() + SLICE_MS;
    let done = false;
    while (!done && scheduler.now() < until) done = recording.run.advance(SLICE_STEPS);
    // Only the recording that was sliced may land: an edit meanwhile has replaced it.
    if (store.getState().recording?.run !== recording.run) return schedule();
    const current = store.getState().recording!;
    if (done) complete(store, current);
    else store.setState({ recording: { ...current, reached: recording.run.reached } });
    schedule();
  };

  const schedule = (): void => {
    if (handle === null && store.getState().recording !== null) handle = scheduler.later(slice);
  };

  const unsubscribe = store.subscribe(schedule);
  schedule();
  return () => {
    unsubscribe();
    if (handle !== null) scheduler.cancel(handle);
  };
}
