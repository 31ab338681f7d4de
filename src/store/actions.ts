import type { Lang } from '../i18n';
import type { Edit, PresetId, Scenario } from '../scenario';
import { applyEdits } from '../scenario';
import { recordRun } from './recording';
export { placeAt } from './place';
import { stepsThrough, worldAfter } from '../trace';
import type { Bounds, PaxosStore, RunSlice, State, Theme } from './state';
import { playbackSlice } from './state';

/**
 * Everything a user can do to playback, as plain functions of a store: components, keyboard
 * shortcuts, tests and the animation loop all call these, and none of them implements Paxos.
 */

/**
 * Runs a scenario with edits applied and puts its trace on screen, ready to step from the
 * start; a long run shows its first part while the rest is recorded (see recording.ts), and
 * that part reaches at least `from` steps, so an edit deep in a long run keeps its place.
 */
export function runOf(
  base: Scenario,
  edits: Edit[] = [],
  presetId: PresetId | null = null,
  from = 0,
): RunSlice {
  const scenario = applyEdits(base, edits);
  const { trace, recording } = recordRun(scenario, from);
  return { presetId, base, edits, scenario, trace, recording, world: worldAfter(trace, 0) };
}

/** Opens another scenario: a fresh run, no edits, nothing to undo. */
export function loadScenario(
  store: PaxosStore,
  scenario: Scenario,
  presetId: PresetId | null = null,
): void {
  const { speed } = store.getState();
  store.setState({
    ...runOf(scenario, [], presetId),
    ...playbackSlice(),
    speed,
    selected: null,
    hovered: null,
    follow: true,
    past: [],
    revealed: new Set(),
    guesses: new Map(),
  });
}

/** Moves to a step count, keeping the cached world in step with it. */
function setStep(store: PaxosStore, step: number, cursor: number, glide: boolean): void {
  const { trace, motion } = store.getState();
  const world = worldAfter(trace, step);
  store.setState(
    glide && motion
      ? { step, world, cursorTarget: cursor }
      : { step, world, cursor, cursorTarget: null },
  );
}

/** The next event: one delivery, loss, timeout, crash or request. */
export function stepForward(store: PaxosStore): void {
  const { step, trace } = store.getState();
  store.setState({ playing: false });
  if (step >= trace.steps.length) return;
  setStep(store, step + 1, trace.steps[step]!.at, true);
}

/** The previous event: undoes exactly one step, wherever the cursor is. */
export function stepBack(store: PaxosStore): void {
  const { step, trace } = store.getState();
  store.setState({ playing: false });
  if (step <= 0) return;
  setStep(store, step - 1, step - 1 > 0 ? trace.steps[step - 2]!.at : 0, true);
}

/** Puts the cursor at a time with every step up to it applied (the scrubber, and playing). */
export function seek(store: PaxosStore, time: number): void {
  const { trace, step } = store.getState();
  const cursor = Math.max(0, Math.min(time, trace.end));
  const next = stepsThrough(trace, cursor);
  if (next === step) store.setState({ cursor, cursorTarget: null });
  else setStep(store, next, cursor, false);
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
  if (cursor >= trace.end || cursor === bounds.stop) seek(store, bounds.start);
  store.setState({ playing: true, cursorTarget: null, follow: true });
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
  setStep(store, trace.steps.length, trace.end, false);
}

export function reset(store: PaxosStore): void {
  const { trace } = store.getState();
  store.setState({
    cursor: 0,
    cursorTarget: null,
    step: 0,
    world: worldAfter(trace, 0),
    playing: false,
    follow: true,
    selected: null,
  });
}

export function setSpeed(store: PaxosStore, speed: number): void {
  store.setState({ speed });
}

export function select(store: PaxosStore, message: number | null): void {
  store.setState((state) => ({ selected: state.selected === message ? null : message }));
}

export function hover(store: PaxosStore, message: number | null): void {
  store.setState({ hovered: message });
}

export function setFollow(store: PaxosStore, follow: boolean): void {
  store.setState({ follow });
}

export function setLang(store: PaxosStore, lang: Lang): void {
  store.setState({ lang });
}

/** The audience's prediction at a lesson question. */
export function guess(store: PaxosStore, stop: number, option: number): void {
  store.setState((s) => ({ guesses: new Map(s.guesses).set(stop, option) }));
}

/** Shows a question's answer; playing goes on past it from now on. */
export function reveal(store: PaxosStore, stop: number): void {
  store.setState((s) => ({ revealed: new Set(s.revealed).add(stop) }));
}

/** Presenter mode on or off; leaving it also lifts a blanked screen. */
export function setPresenting(store: PaxosStore, presenting: boolean): void {
  store.setState({ presenting, blank: false });
}

/** Blanks the screen in presenter mode (B or . on a clicker), or shows it again. */
export function toggleBlank(store: PaxosStore): void {
  store.setState((s) => ({ blank: s.presenting && !s.blank }));
}

export function setTheme(store: PaxosStore, theme: Theme): void {
  store.setState({ theme });
}

/** Limits playing to part of the run (see Bounds); a stop at or before the start means none. */
export function setBounds(store: PaxosStore, bounds: Bounds): void {
  const stop = bounds.stop !== null && bounds.stop > bounds.start ? bounds.stop : null;
  store.setState({ bounds: { ...bounds, stop } });
}

export function setMotion(store: PaxosStore, motion: boolean): void {
  store.setState({ motion });
}
