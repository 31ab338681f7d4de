// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stepForward, StoreContext, usePaxos } from '../store';
import { storeFor } from '../store/storeFor.testing';
import { DrawingBoundary } from './DrawingBoundary';

// React warns when act() runs outside an environment it knows is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A drawing that breaks at one step, as a bad value in a stranger's file might. */
function Drawing() {
  const step = usePaxos((s) => s.step);
  if (step === 3) throw new Error('cannot draw step 3');
  return <p data-drawing>{`step ${step}`}</p>;
}

describe('the drawing boundary', () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('says what failed, keeps what is outside it, and Reset puts back the last run it drew', () => {
    const store = storeFor();
    const root = createRoot(host, { onRecoverableError: () => {}, onCaughtError: () => {} });
    act(() =>
      root.render(
        <StoreContext.Provider value={store}>
          <button type="button" data-outside>
            Step
          </button>
          <DrawingBoundary>
            <Drawing />
          </DrawingBoundary>
        </StoreContext.Provider>,
      ),
    );
    act(() => stepForward(store));
    act(() => stepForward(store));
    expect(host.querySelector('[data-drawing]')?.textContent).toBe('step 2');
    act(() => stepForward(store));
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('cannot draw step 3');
    expect(host.querySelector('[data-outside]')).not.toBeNull();
    act(() => alert!.querySelector('button')!.click());
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(host.querySelector('[data-drawing]')?.textContent).toBe('step 2');
    expect(store.getState().step).toBe(2);
    act(() => root.unmount());
  });
});
