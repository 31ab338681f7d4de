import { describe, expect, it } from 'vitest';
import { play, reset, seek, stepForward, toEnd } from './playback';
import { canFit, FIT_MESSAGES_MAX, fitRun, setFollow } from './ui';
import { storeFor } from './storeFor.testing';

describe('the whole run in view', () => {
  it('comes with the end of the run: End, the last Step, a seek there', () => {
    const store = storeFor();
    toEnd(store);
    expect(store.getState()).toMatchObject({ fit: true, follow: true });
    reset(store);
    expect(store.getState().fit).toBe(false);
    while (store.getState().step < store.getState().trace.steps.length) stepForward(store);
    expect(store.getState().fit).toBe(true);
    reset(store);
    seek(store, 999);
    expect(store.getState().fit).toBe(true);
  });

  it('never overrides a view the user moved: following is off then', () => {
    const store = storeFor();
    setFollow(store, false);
    toEnd(store);
    expect(store.getState()).toMatchObject({ fit: false, follow: false });
  });

  it('is asked for by Fit, and left for the reading zoom by Follow, Reset or playing again', () => {
    const store = storeFor();
    setFollow(store, false);
    fitRun(store);
    expect(store.getState()).toMatchObject({ fit: true, follow: true });
    setFollow(store, true);
    expect(store.getState().fit).toBe(false);
    toEnd(store);
    play(store);
    expect(store.getState()).toMatchObject({ fit: false, playing: true, cursor: 0 });
  });

  it('stays while the cursor moves inside the run', () => {
    const store = storeFor();
    fitRun(store);
    stepForward(store);
    seek(store, 3);
    play(store);
    expect(store.getState().fit).toBe(true);
  });

  it('is not offered for a run too heavy to draw whole', () => {
    const store = storeFor();
    const { trace } = store.getState();
    const heavy = {
      ...trace,
      messages: Array.from({ length: FIT_MESSAGES_MAX + 1 }, () => trace.messages[0]!),
    };
    store.setState({ trace: heavy });
    expect(canFit(store.getState())).toBe(false);
    fitRun(store);
    expect(store.getState().fit).toBe(false);
  });
});
