import { describe, expect, it } from 'vitest';
import { preset } from '../scenario';
import { scenarioOf } from '../scenario/scenarioOf.testing';
import { heavyScenarioFile } from '../sim/heavy.testing';
import { runScenario } from '../sim';
import { stepForward } from './playback';
import { pullLever } from './edit';
import { attachRecorder, finishRecording, FIRST_STEPS, placeWhenRecorded } from './recording';
import type { Scheduler } from './recording';
import { storeFor } from './storeFor.testing';

/** A scheduler run by hand: `slice()` runs what the recorder asked for next. */
function manualScheduler() {
  let time = 0;
  const queue: (() => void)[] = [];
  const scheduler: Scheduler = {
    // Every look at the clock moves it a millisecond, so one slice covers a few looks.
    now: () => time++,
    later: (callback) => queue.push(callback),
    cancel: () => {},
  };
  const slice = () => queue.shift()?.();
  return { scheduler, slice, pending: () => queue.length };
}

describe('recording a long run in the background', () => {
  it('shows a short run whole at once, with nothing left to record; a heavy one in part', () => {
    const heavy = storeFor(scenarioOf(heavyScenarioFile())).getState();
    expect(heavy.trace.steps.length).toBe(FIRST_STEPS);
    expect(heavy.recording).not.toBeNull();
    const store = storeFor(preset('basic'));
    expect(store.getState().recording).toBeNull();
    expect(store.getState().trace.recording).toBe(false);
  });

  it('draws the first steps of a long run at once and the rest slice by slice, keeping the place', () => {
    const store = storeFor(preset('stress'));
    const first = store.getState();
    expect(first.recording).not.toBeNull();
    expect(first.trace.recording).toBe(true);
    expect(first.trace.steps.length).toBe(FIRST_STEPS);
    stepForward(store);
    stepForward(store);
    const { scheduler, slice, pending } = manualScheduler();
    const detach = attachRecorder(store, scheduler);
    slice();
    // One slice is a few hundred steps at most: the page gets the thread back between slices.
    expect(store.getState().recording!.reached).toBeGreaterThan(0);
    expect(store.getState().trace).toBe(first.trace);
    while (pending() > 0) slice();
    const done = store.getState();
    detach();
    expect(done.recording).toBeNull();
    expect(done.trace.recording).toBe(false);
    expect(done.trace.steps.length).toBe(runScenario(preset('stress')).steps.length);
    expect(done.step).toBe(2);
    expect(done.trace.steps.slice(0, FIRST_STEPS)).toEqual(first.trace.steps);
  });

  it('drops a recording that an edit has replaced, and records the edited run instead', () => {
    const store = storeFor(preset('stress'));
    const { scheduler, slice, pending } = manualScheduler();
    const detach = attachRecorder(store, scheduler);
    slice();
    const before = store.getState().recording!.run;
    pullLever(store, { crash: 'A1' });
    expect(store.getState().recording!.run).not.toBe(before);
    while (pending() > 0) slice();
    detach();
    const { trace } = store.getState();
    expect(trace.scenario.script.some((e) => 'crash' in e)).toBe(true);
    expect(trace.messages.length).toBe(runScenario(trace.scenario).messages.length);
  });

  it('goes to a place beyond the first part once the run is recorded that far', () => {
    const store = storeFor(preset('stress'));
    placeWhenRecorded(store, 300, null);
    expect(store.getState().cursor).toBe(0);
    finishRecording(store);
    const { cursor, trace, step } = store.getState();
    expect(cursor).toBe(300);
    expect(trace.steps[step - 1]!.at).toBeLessThanOrEqual(300);
    expect(trace.steps[step]!.at).toBeGreaterThan(300);
  });

  it('keeps an edit deep in a long run at its place', () => {
    const store = storeFor(preset('stress'));
    finishRecording(store);
    placeWhenRecorded(store, 300, null);
    const { step } = store.getState();
    expect(step).toBeGreaterThan(FIRST_STEPS);
    pullLever(store, { crash: 'A1' });
    expect(store.getState().cursor).toBe(301);
    expect(store.getState().step).toBeGreaterThanOrEqual(step);
  });
});
