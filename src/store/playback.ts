import type { World } from '../engine';
import type { Trace } from '../trace';
import { stepsThrough, worldAfter } from '../trace';
import type { RunSlice } from './runSlice';
import type { PaxosStore, State } from './state';
import { canFit } from './ui';

/**
 * Where playback is. `step` counts the inputs applied; `cursor` is the time in fractional
 * ticks that moves messages along their arrows. Playing keeps every step at or before the
 * cursor applied; Step applies one at a time, so several arrivals in one tick come one by one.
 */
export interface PlaybackSlice {
  cursor: number;
  step: number;
  /**
   * The world after `step` steps of the trace, so components never seek. Only `moveTo` and
   * `replaceRun` write it (and `step`), so it is always `worldAfter(trace, step)`.
   */
  world: World;
  playing: boolean;
  /** Ticks per second while playing. */
  speed: number;
  /** Where a Step is gliding the cursor to (null when it is not gliding). */
  cursorTarget: number | null;
  /** The stretch of the run that playing covers (an embed may show only part of a run). */
  bounds: Bounds;
}

/**
 * Playing stops at `stop` (the end of the run when null) and, with `loop`, starts again at
 * `start` after a moment's hold. Stepping and the scrubber still reach the whole run.
 */
export interface Bounds {
  start: number;
  stop: number | null;
  loop: boolean;
}

export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32] as const;
export const DEFAULT_SPEED = 1;
export const WHOLE_RUN: Bounds = { start: 0, stop: null, loop: false };

/** The offered speed closest to one asked for (by ratio: 3 is nearer 4 than 2). */
export function nearestSpeed(speed: number): number {
  let best: number = DEFAULT_SPEED;
  for (const s of SPEEDS)
    if (Math.abs(Math.log(s / speed)) < Math.abs(Math.log(best / speed))) best = s;
  return best;
}

/** Playback at the start of a run's trace, paused. */
export function playbackSlice(trace: Trace): PlaybackSlice {
  return {
    cursor: 0,
    step: 0,
    world: worldAfter(trace, 0),
    playing: false,
    speed: DEFAULT_SPEED,
    cursorTarget: null,
    bounds: WHOLE_RUN,
  };
}

/** What a move may change besides the place (never the step, the world or the run). */
type Also = Partial<Omit<State, keyof RunSlice | 'step' | 'world' | 'cursor' | 'cursorTarget'>>;

/**
 * The step (clamped to the run) and the world after it: the one place the world is worked out.
 * The world on screen stays the same object while the run and the step do.
 */
function placed(state: State, trace: Trace, step: number): Pick<State, 'step' | 'world'> {
  const steps = Math.min(Math.max(step, 0), trace.steps.length);
  const same = state.trace === trace && state.step === steps;
  return { step: steps, world: same ? state.world : worldAfter(trace, steps) };
}

/**
 * Moves playback to a step count with the cursor at `cursor`, or gliding there when asked
 * (with motion on). With replaceRun, the only writer of the step and of the world.
 */
export function moveTo(
  store: PaxosStore,
  step: number,
  cursor: number,
  { glide = false, also = {} }: { glide?: boolean; also?: Also } = {},
): void {
  const state = store.getState();
  const place = placed(state, state.trace, step);
  // Reaching the run's end (playing, End, the last Step) shows the whole story, unless the user
  // has moved the view on purpose: then following is off and their view stays.
  const atEnd = place.step === state.trace.steps.length && place.step !== state.step;
  const fit = atEnd && (also.follow ?? state.follow) && canFit(state) ? { fit: true } : {};
  store.setState(
    glide && state.motion
      ? { ...also, ...fit, ...place, cursorTarget: cursor }
      : { ...also, ...fit, ...place, cursor, cursorTarget: null },
  );
}

/** Puts another run (or the same run, whole) on screen at a place in it, in one write. */
export function replaceRun(
  store: PaxosStore,
  run: RunSlice,
  place: { step: number; cursor: number },
  also: Also = {},
): void {
  const state = store.getState();
  store.setState({
    ...also,
    ...run,
    ...placed(state, run.trace, place.step),
    cursor: place.cursor,
    cursorTarget: null,
  });
}

/** A time in a trace and a step count within it (every step through it when null), clamped. */
export function placeIn(
  trace: Trace,
  time: number,
  step: number | null,
): { cursor: number; step: number } {
  const cursor = Math.min(Math.max(time, 0), trace.end);
  const steps = Math.min(
    Math.max(Math.round(step ?? stepsThrough(trace, cursor)), 0),
    trace.steps.length,
  );
  return { cursor, step: steps };
}

/** Puts the cursor at a time (and a step count within that time), both clamped to the run. */
export function placeAt(store: PaxosStore, time: number, step: number | null): void {
  const place = placeIn(store.getState().trace, time, step);
  moveTo(store, place.step, place.cursor);
}

/** The next event: one delivery, loss, timeout, crash or request. */
export function stepForward(store: PaxosStore): void {
  const { step, trace } = store.getState();
  store.setState({ playing: false });
  if (step >= trace.steps.length) return;
  moveTo(store, step + 1, trace.steps[step]!.at, { glide: true });
}

/** The previous event: undoes exactly one step, wherever the cursor is. */
export function stepBack(store: PaxosStore): void {
  const { step, trace } = store.getState();
  store.setState({ playing: false });
  if (step <= 0) return;
  moveTo(store, step - 1, step - 1 > 0 ? trace.steps[step - 2]!.at : 0, { glide: true });
}

/** Puts the cursor at a time with every step up to it applied (the scrubber, and playing). */
export function seek(store: PaxosStore, time: number): void {
  const { trace } = store.getState();
  const cursor = Math.max(0, Math.min(time, trace.end));
  moveTo(store, stepsThrough(trace, cursor), cursor);
}

/**
 * Where playing from the cursor stops: the bounds' stop while the cursor is before it, else the
 * end of the run (a user who stepped past the stop can still play on).
 */
export function playEnd(state: Pick<State, 'cursor' | 'trace' | 'bounds'>): number {
  const { stop } = state.bounds;
  return stop !== null && state.cursor < stop ? Math.min(stop, state.trace.end) : state.trace.end;
}

/** Plays from the cursor; at the stop or the end it starts again from the bounds' start. */
export function play(store: PaxosStore): void {
  const { cursor, trace, bounds } = store.getState();
  // Playing the story again reads it again: at the zoom it opened at, not the whole-run view.
  const again = cursor >= trace.end || cursor === bounds.stop;
  if (again) seek(store, bounds.start);
  store.setState({
    playing: true,
    cursorTarget: null,
    follow: true,
    ...(again ? { fit: false } : {}),
  });
}

export function pause(store: PaxosStore): void {
  store.setState({ playing: false });
}

export function togglePlay(store: PaxosStore): void {
  if (store.getState().playing) pause(store);
  else play(store);
}

/** The end of the run, every step applied. */
export function toEnd(store: PaxosStore): void {
  const { trace } = store.getState();
  store.setState({ playing: false });
  moveTo(store, trace.steps.length, trace.end);
}

export function reset(store: PaxosStore): void {
  moveTo(store, 0, 0, { also: { playing: false, follow: true, fit: false, selected: null } });
}

export function setSpeed(store: PaxosStore, speed: number): void {
  store.setState({ speed });
}

/** Limits playing to part of the run (see Bounds); a stop at or before the start means none. */
export function setBounds(store: PaxosStore, bounds: Bounds): void {
  const stop = bounds.stop !== null && bounds.stop > bounds.start ? bounds.stop : null;
  store.setState({ bounds: { ...bounds, stop } });
}
