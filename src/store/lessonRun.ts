import type { Scenario, Stop } from '../scenario';
import { RunRecording } from '../sim';
import type { Trace } from '../trace';
import { stepsThrough } from '../trace';
import { replaceRun } from './playback';
import { runOf } from './loadScenario';
import { currentStop } from './lesson';
import { FIRST_STEPS } from './recording';
import type { PaxosStore, State } from './state';

/**
 * A lesson's stops tell the preset's own run. Once an edit changes what happens, the stops no
 * longer describe the run on screen, and a stop that says "X is chosen" beside headers that say
 * Y would teach the wrong thing. These selectors compare the run on screen with the lesson's
 * run, step by step, so the lesson card knows when to step aside and from which tick on. An
 * edit that takes effect after the cursor has changed nothing on screen yet.
 */

type RunState = Pick<State, 'base' | 'edits' | 'trace' | 'step'>;

/** The lesson's run of each loaded scenario, recorded once: an edit does not change it. */
const lessonTraces = new WeakMap<Scenario, Trace>();
/** Where each edited run first differs from its lesson's run (null: nowhere recorded). */
const divergences = new WeakMap<Trace, number | null>();

/**
 * The run the stops describe: the one on screen when nothing was edited, else the loaded
 * scenario's own run, as far as a first drawing records (every teaching scenario ends there).
 */
export function lessonTrace(state: Pick<State, 'base' | 'edits' | 'trace'>): Trace {
  if (state.edits.length === 0) return state.trace;
  let trace = lessonTraces.get(state.base);
  if (trace === undefined) {
    const run = new RunRecording(state.base);
    trace = run.advance(FIRST_STEPS) ? run.trace() : run.preview();
    lessonTraces.set(state.base, trace);
  }
  return trace;
}

/**
 * The first step at which the run on screen differs from the lesson's run: another input, the
 * same input at another tick, or other events. A run that goes on where the lesson's run ended
 * (a request after the end) differs at that step; one that stops short of it (messages waiting
 * for the user to deliver them) has not differed yet.
 */
export function divergedAt(state: Pick<State, 'base' | 'edits' | 'trace'>): number | null {
  if (state.edits.length === 0) return null;
  const { trace } = state;
  if (divergences.has(trace)) return divergences.get(trace)!;
  const lesson = lessonTrace(state);
  let found: number | null = null;
  for (let i = 0; i < trace.steps.length && found === null; i++)
    if (i >= lesson.steps.length || !sameStep(trace, lesson, i)) found = i;
  divergences.set(trace, found);
  return found;
}

function sameStep(a: Trace, b: Trace, i: number): boolean {
  const x = a.steps[i]!;
  const y = b.steps[i]!;
  return (
    x.at === y.at &&
    JSON.stringify(x.input) === JSON.stringify(y.input) &&
    JSON.stringify(a.events.slice(x.eventStart, x.eventEnd)) ===
      JSON.stringify(b.events.slice(y.eventStart, y.eventEnd))
  );
}

/** Whether the lesson still tells the run once `step` steps are applied. */
export function lessonHoldsAt(state: RunState, step: number): boolean {
  const at = divergedAt(state);
  return at === null || at >= step;
}

/**
 * The tick from which the run on screen is no longer the lesson's, when that is already on
 * screen (-1 while the lesson still tells the run, or when the scenario has no lesson).
 */
export function lessonDivergedTick(state: RunState & { scenario: { stops: Stop[] } }): number {
  if (state.scenario.stops.length === 0 || lessonHoldsAt(state, state.step)) return -1;
  return state.trace.steps[divergedAt(state)!]!.at;
}

/**
 * The lesson's stop on screen: the last one reached in the lesson's own run, and none once the
 * run on screen has left it (the card then says so instead).
 */
export function lessonStop(
  state: RunState & { scenario: { stops: Stop[] } },
): { stop: Stop; index: number } | null {
  if (!lessonHoldsAt(state, state.step)) return null;
  return currentStop(state.scenario.stops, lessonTrace(state), state.step);
}

/**
 * Puts the lesson's own run back, every edit taken away, at the same place; Undo brings the
 * edited run back, as it undoes any edit.
 */
export function backToLessonRun(store: PaxosStore): void {
  const state = store.getState();
  if (state.edits.length === 0) return;
  const past = [...state.past, { edits: state.edits, cursor: state.cursor, step: state.step }];
  const run = runOf(state.base, [], state.presetId, state.step);
  const cursor = Math.min(state.cursor, run.trace.end);
  // The same moment, not the same count: the edited run may have done more by then.
  const step = stepsThrough(run.trace, cursor);
  replaceRun(store, run, { step, cursor }, { past, playing: false, selected: null });
}
