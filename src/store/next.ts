import { stepForward } from './actions';
import { pullLever } from './edit';
import { waitingMessages } from './manual';
import type { PaxosStore, State } from './state';

/**
 * What Step does: the next recorded step; at the end of a run in which the user is the
 * network, it delivers the oldest message still in flight, so Step always moves the run on
 * while anything can still happen.
 */
export function next(store: PaxosStore): void {
  const state = store.getState();
  const waiting = waitingMessages(state);
  if (state.step >= state.trace.steps.length && waiting.length > 0)
    pullLever(store, { deliver: { message: waiting[0]! } });
  else stepForward(store);
}

/** Whether Step has anything to do. */
export function canStep(state: State): boolean {
  return state.step < state.trace.steps.length || waitingMessages(state).length > 0;
}
