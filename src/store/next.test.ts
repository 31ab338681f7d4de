import { describe, expect, it } from 'vitest';
import { preset } from '../scenario';
import { seek } from './playback';
import { pullLever } from './edit';
import { waitingMessages } from './manual';
import { canStep, next } from './next';
import { storeFor } from './storeFor.testing';

describe('Step when the user is the network', () => {
  it('delivers the oldest message in flight, until nothing is left and the value is chosen', () => {
    const store = storeFor();
    pullLever(store, { scheduler: 'manual' });
    // The client's request is sent and waits: Step is still there to deliver it.
    expect(waitingMessages(store.getState())).toEqual([0]);
    expect(canStep(store.getState())).toBe(true);
    next(store);
    expect(store.getState().trace.messages[0]!.fate).toBe('delivered');
    expect(waitingMessages(store.getState())).toEqual([1, 2, 3]);
    let presses = 1;
    while (canStep(store.getState()) && presses < 100) {
      next(store);
      presses++;
    }
    const { world, trace, cursor } = store.getState();
    expect(world.inFlight).toEqual([]);
    expect(world.ghost.chosen.map((c) => c.value)).toEqual(['X']);
    expect(world.clients[0]!.responses.map((r) => r.value)).toEqual(['X', 'X']);
    // Where the run is never lies ahead of the run's end.
    expect(cursor).toBeLessThanOrEqual(trace.end);
  });

  it('waits for nothing when the network is not the user', () => {
    const store = storeFor();
    while (canStep(store.getState())) next(store);
    expect(waitingMessages(store.getState())).toEqual([]);
    expect(store.getState().step).toBe(store.getState().trace.steps.length);
  });
});

describe('Step at a lesson question', () => {
  it('reveals the answer first, then steps on', () => {
    const store = storeFor(preset('basic'));
    const { stops } = store.getState().scenario;
    const question = stops.findIndex((s) => s.ask !== undefined);
    seek(store, stops[question]!.at);
    const { step } = store.getState();
    next(store);
    expect(store.getState().revealed.has(question)).toBe(true);
    expect(store.getState().step).toBe(step);
    next(store);
    expect(store.getState().step).toBe(step + 1);
  });

  it('steps on where no lesson is shown (an embed)', () => {
    const store = storeFor(preset('basic'));
    store.setState({ lessons: false });
    const { stops } = store.getState().scenario;
    seek(store, stops.find((s) => s.ask !== undefined)!.at);
    const { step } = store.getState();
    next(store);
    expect(store.getState().step).toBe(step + 1);
  });
});
