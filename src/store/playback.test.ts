import { describe, expect, it } from 'vitest';
import { pause, play, reset, seek, stepBack, stepForward } from './playback';
import type { Clock } from './loop';
import { attachLoop } from './loop';
import { basicScenario, scenarioOf, storeFor } from './storeFor.testing';

describe('playback', () => {
  it('starts before anything happened, ready to step', () => {
    const store = storeFor();
    expect(store.getState()).toMatchObject({ cursor: 0, step: 0, playing: false });
    expect(store.getState().world.inFlight).toEqual([]);
  });

  it('steps one event at a time, even when several happen in the same tick', () => {
    const store = storeFor();
    stepForward(store); // C1 sends Request at 0
    stepForward(store); // P1 gets it at 1 and sends three Prepares
    expect(store.getState()).toMatchObject({ step: 2, cursor: 1 });
    stepForward(store); // A1 gets Prepare(1) at 2
    expect(store.getState()).toMatchObject({ step: 3, cursor: 2 });
    expect(store.getState().world.acceptors.map((a) => a.promised)).toEqual([1, 0, 0]);
    stepForward(store);
    expect(store.getState().world.acceptors.map((a) => a.promised)).toEqual([1, 1, 0]);
  });

  it('steps back exactly one event and forward again to the same world', () => {
    const store = storeFor();
    for (let i = 0; i < 6; i++) stepForward(store);
    const world = store.getState().world;
    stepBack(store);
    expect(store.getState().step).toBe(5);
    stepForward(store);
    expect(store.getState().world).toEqual(world);
  });

  it('seeks to a time with every step up to it applied', () => {
    const store = storeFor();
    seek(store, 3.5);
    const { step, world, trace } = store.getState();
    expect(trace.steps[step - 1]!.at).toBeLessThanOrEqual(3.5);
    expect(trace.steps[step]!.at).toBeGreaterThan(3.5);
    expect(world.proposers[0]!.phase).toBe('accept');
    seek(store, 999);
    expect(store.getState()).toMatchObject({ cursor: trace.end, step: trace.steps.length });
  });

  it('resets to the start', () => {
    const store = storeFor();
    seek(store, 4);
    reset(store);
    expect(store.getState()).toMatchObject({ cursor: 0, step: 0, playing: false });
  });

  it('plays at the chosen speed, frame by frame, and pauses itself at the end', () => {
    // Without the lesson's stops: a question would pause playing on the way (lesson.test.ts).
    const store = storeFor({ ...basicScenario, stops: [] });
    let time = 0;
    const callbacks: ((t: number) => void)[] = [];
    const clock: Clock = {
      now: () => time,
      request: (cb) => callbacks.push(cb),
      cancel: () => undefined,
    };
    const detach = attachLoop(store, clock);
    store.setState({ speed: 2 });
    play(store);
    const frame = () => {
      time += 100;
      callbacks.shift()!(time);
    };
    for (let i = 0; i < 11; i++) frame();
    expect(store.getState().cursor).toBeCloseTo(2.2, 5);
    expect(store.getState().world.acceptors.every((a) => a.promised === 1)).toBe(true);
    while (callbacks.length > 0) frame();
    expect(store.getState()).toMatchObject({ playing: false, cursor: store.getState().trace.end });
    pause(store);
    expect(callbacks).toEqual([]);
    detach();
  });

  it('glides the cursor to the next event when motion is on', () => {
    const store = storeFor();
    store.setState({ motion: true });
    let time = 0;
    const callbacks: ((t: number) => void)[] = [];
    attachLoop(store, {
      now: () => time,
      request: (cb) => callbacks.push(cb),
      cancel: () => undefined,
    });
    stepForward(store);
    store.setState({ cursor: 0, cursorTarget: null });
    stepForward(store);
    expect(store.getState()).toMatchObject({ step: 2, cursorTarget: 1 });
    time += 140;
    callbacks.shift()!(time);
    expect(store.getState().cursor).toBeGreaterThan(0.5);
    expect(store.getState().cursor).toBeLessThan(1);
    time += 200;
    callbacks.shift()!(time);
    expect(store.getState()).toMatchObject({ cursor: 1, cursorTarget: null });
  });

  it('loads long runs too', () => {
    const store = storeFor(
      scenarioOf({
        ...basicScenario,
        until: 300,
        script: [...basicScenario.script, { at: 0, crash: 'A1' }, { at: 0, crash: 'A2' }],
      }),
    );
    seek(store, 150);
    expect(store.getState().world.now).toBeLessThanOrEqual(150);
    expect(store.getState().world.proposers[0]!.ballot).toBeGreaterThan(10);
  });
});
