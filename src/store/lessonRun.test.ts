import { describe, expect, it } from 'vitest';
import { preset } from '../scenario';
import { play, seek, stepForward, toEnd } from './playback';
import { edit, leverTick, pullLever, undo } from './edit';
import { backToLessonRun, lessonDivergedTick, lessonHoldsAt, lessonStop } from './lessonRun';
import type { Clock } from './loop';
import { attachLoop } from './loop';
import { next } from './next';
import { storeFor } from './storeFor.testing';

const basic = () => storeFor(preset('basic'));

describe('whether the lesson still tells the run', () => {
  it('holds for the preset as loaded, to its last stop', () => {
    const store = basic();
    toEnd(store);
    expect(lessonDivergedTick(store.getState())).toBe(-1);
    expect(lessonStop(store.getState())?.index).toBe(store.getState().scenario.stops.length - 1);
  });

  it('sets the stops aside from the tick an added proposer’s client asks, once that is on screen', () => {
    const store = basic();
    for (let i = 0; i < 3; i++) stepForward(store);
    edit(store, { kind: 'add-proposer', at: 5, value: 'Y' });
    expect(lessonDivergedTick(store.getState())).toBe(-1);
    expect(lessonStop(store.getState())?.index).toBe(0);
    toEnd(store);
    expect(lessonStop(store.getState())).toBeNull();
    expect(lessonDivergedTick(store.getState())).toBe(5);
    const now = basic();
    for (let i = 0; i < 3; i++) stepForward(now);
    const at = leverTick(now.getState());
    edit(now, { kind: 'add-proposer', at, value: 'Y' });
    // Its request goes before the arrivals of the tick on screen: the run is no longer the lesson's.
    expect(lessonDivergedTick(now.getState())).toBe(at);
  });

  it('holds while an edit after the cursor has changed nothing on screen', () => {
    const store = basic();
    seek(store, 4);
    pullLever(store, { crash: 'A1' });
    pullLever(store, { crash: 'A2' });
    seek(store, 2);
    expect(lessonDivergedTick(store.getState())).toBe(-1);
    expect(lessonStop(store.getState())?.index).toBe(1);
    seek(store, 6);
    expect(lessonDivergedTick(store.getState())).toBeGreaterThan(0);
  });

  it('counts stops by what has happened when the user is the network, not by the end of what is recorded', () => {
    const store = basic();
    pullLever(store, { scheduler: 'manual' });
    const { stops } = store.getState().scenario;
    for (let i = 0; i < 4; i++) next(store);
    const { cursor } = store.getState();
    const shown = lessonStop(store.getState());
    if (shown !== null) expect(stops[shown.index]!.at).toBeLessThanOrEqual(cursor);
    expect(shown?.index).not.toBe(stops.length - 1);
  });

  it('goes back to the lesson’s run at the same moment, and Undo brings the edited run back', () => {
    const store = basic();
    seek(store, 2);
    pullLever(store, { crash: 'A1' });
    pullLever(store, { crash: 'A2' });
    toEnd(store);
    const edited = store.getState().trace;
    backToLessonRun(store);
    expect(store.getState().edits).toEqual([]);
    expect(lessonDivergedTick(store.getState())).toBe(-1);
    expect(store.getState().trace.final.ghost.chosen[0]).toMatchObject({ value: 'X' });
    undo(store);
    expect(store.getState().edits).toHaveLength(2);
    expect(store.getState().trace.steps).toEqual(edited.steps);
  });

  it('does not pause playing at a question of a run that has left the lesson', () => {
    const store = basic();
    const { stops } = store.getState().scenario;
    const question = stops.findIndex((s) => s.ask !== undefined);
    pullLever(store, { crash: 'A1' });
    pullLever(store, { crash: 'A2' });
    expect(lessonHoldsAt(store.getState(), store.getState().trace.steps.length)).toBe(false);
    let time = 0;
    const frames: ((t: number) => void)[] = [];
    const clock: Clock = { now: () => time, request: (cb) => frames.push(cb), cancel: () => 0 };
    attachLoop(store, clock);
    store.setState({ speed: 8 });
    play(store);
    while (frames.length > 0 && store.getState().playing) {
      time += 50;
      frames.shift()!(time);
    }
    expect(store.getState().cursor).toBeGreaterThan(stops[question]!.at);
    expect(store.getState().cursor).toBe(store.getState().trace.end);
  });
});
