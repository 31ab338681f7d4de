import { describe, expect, it } from 'vitest';
import { nearestSpeed, pause, play, seek, setBounds } from './playback';
import type { Clock } from './loop';
import { attachLoop, LOOP_HOLD_MS } from './loop';
import { basicScenario, storeFor } from './storeFor.testing';

/** A store driven by a hand-cranked clock: `run(ms)` plays that many milliseconds in 50 ms frames. */
function playing() {
  // Without the lesson's stops, whose question would pause playing on the way (lesson.test.ts).
  const store = storeFor({ ...basicScenario, stops: [] });
  let time = 0;
  const callbacks: ((t: number) => void)[] = [];
  const clock: Clock = {
    now: () => time,
    request: (cb) => callbacks.push(cb),
    cancel: () => undefined,
  };
  attachLoop(store, clock);
  const run = (ms: number) => {
    for (let left = ms; left > 0 && callbacks.length > 0; left -= 50) {
      time += 50;
      callbacks.shift()!(time);
    }
  };
  return { store, run };
}

describe('playing part of a run', () => {
  it('pauses at the stop, and plays on from there to the end when asked again', () => {
    const { store, run } = playing();
    setBounds(store, { start: 0, stop: 3, loop: false });
    store.setState({ speed: 4 });
    play(store);
    run(2000);
    expect(store.getState()).toMatchObject({ playing: false, cursor: 3 });
    play(store);
    expect(store.getState().cursor).toBe(0);
    seek(store, 3.5);
    play(store);
    expect(store.getState().cursor).toBe(3.5);
    run(10_000);
    expect(store.getState()).toMatchObject({ playing: false, cursor: store.getState().trace.end });
  });

  it('loops: rests at the stop, then starts again at the start, until paused', () => {
    const { store, run } = playing();
    setBounds(store, { start: 1, stop: 4, loop: true });
    store.setState({ speed: 8 });
    play(store);
    run(1000);
    expect(store.getState()).toMatchObject({ playing: true, cursor: 4 });
    run(LOOP_HOLD_MS - 400);
    expect(store.getState().cursor).toBeGreaterThanOrEqual(1);
    expect(store.getState().cursor).toBeLessThan(1.5);
    pause(store);
    run(1000);
    expect(store.getState().playing).toBe(false);
  });

  it('loops the whole run when there is no stop', () => {
    const { store, run } = playing();
    setBounds(store, { start: 0, stop: null, loop: true });
    store.setState({ speed: 4 });
    play(store);
    run(1600);
    expect(store.getState()).toMatchObject({ playing: true, cursor: store.getState().trace.end });
    run(LOOP_HOLD_MS);
    expect(store.getState().cursor).toBeLessThan(1);
  });

  it('ignores a stop at or before the start', () => {
    const { store } = playing();
    setBounds(store, { start: 5, stop: 2, loop: false });
    expect(store.getState().bounds).toEqual({ start: 5, stop: null, loop: false });
  });

  it('rounds a speed to the nearest one offered', () => {
    expect(nearestSpeed(3)).toBe(4);
    expect(nearestSpeed(1.3)).toBe(1);
    expect(nearestSpeed(0.05)).toBe(0.25);
    expect(nearestSpeed(1000)).toBe(32);
    expect(nearestSpeed(16)).toBe(16);
  });
});
