import type { Edit, ScriptEntry } from '../scenario';
import { stepsThrough } from '../trace';
import { moveTo, replaceRun } from './playback';
import { runOf } from './loadScenario';
import type { PaxosStore, State } from './state';

/** What Undo brings back: the edits before the last one, and where playback was. */
export interface Snapshot {
  edits: Edit[];
  cursor: number;
  step: number;
}

/** The runs before each edit, latest last: the user's levers and their Undo. */
export interface HistorySlice {
  past: Snapshot[];
}

/** A lever's script entry, before it is given its tick. */
export type Lever = ScriptEntry extends infer E
  ? E extends ScriptEntry
    ? Omit<E, 'at'>
    : never
  : never;

/**
 * The tick a lever pulled now takes effect: the current tick while some of its events are still
 * to come (a lever goes before a tick's arrivals), otherwise the next one. Either way nothing
 * already on screen changes: the past stays as it was, only the future is re-simulated.
 */
export function leverTick(state: Pick<State, 'cursor' | 'step' | 'trace'>): number {
  const next = state.trace.steps[state.step];
  if (next !== undefined && next.at <= state.cursor) return next.at;
  return Math.floor(state.cursor) + 1;
}

/** Applies an edit: re-simulates, remembers the run before it for Undo, and keeps the user's place. */
export function edit(
  store: PaxosStore,
  change: Edit,
  place?: { cursor: number; step: number },
): void {
  const state = store.getState();
  const past = [...state.past, { edits: state.edits, cursor: state.cursor, step: state.step }];
  const run = runOf(
    state.base,
    [...state.edits, change],
    state.presetId,
    place?.step ?? state.step,
  );
  const cursor = Math.min(place?.cursor ?? state.cursor, run.trace.end);
  replaceRun(
    store,
    run,
    { step: place?.step ?? state.step, cursor },
    { past, playing: false, selected: null },
  );
}

/**
 * Pulls levers at the cursor (crash, partition, drop this message…), as one edit. A lever goes
 * before the arrivals of its tick, so the arrivals of that tick already shown happen again right
 * after it; the view lands just past them, and the lever's consequences are what Step shows next.
 */
export function pullLevers(store: PaxosStore, levers: Lever[]): void {
  if (levers.length === 0) return;
  const state = store.getState();
  const at = leverTick(state);
  const entries = levers.map((lever) => ({ ...lever, at }) as ScriptEntry);
  const earlier = stepsThrough(state.trace, at - 0.5);
  const shownAtTick = state.step - earlier;
  const scriptAtTick = state.scenario.script.filter(
    (e) => e.at === at && !('scheduler' in e),
  ).length;
  const own = entries.filter((e) => !('scheduler' in e)).length;
  edit(store, { kind: 'script', entries });
  moveTo(store, earlier + Math.max(shownAtTick, scriptAtTick) + own, at);
}

export function pullLever(store: PaxosStore, lever: Lever): void {
  pullLevers(store, [lever]);
}

/** Brings back the run as it was before the last edit (the old future included), and the place. */
export function undo(store: PaxosStore): void {
  const { past, base, presetId } = store.getState();
  const last = past.at(-1);
  if (last === undefined) return;
  replaceRun(
    store,
    runOf(base, last.edits, presetId, last.step),
    { step: last.step, cursor: last.cursor },
    { past: past.slice(0, -1), playing: false, selected: null },
  );
}
