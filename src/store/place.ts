import { stepsThrough, worldAfter } from '../trace';
import type { PaxosStore } from './state';

/** Puts the cursor at a time (and a step count within that time), both clamped to the run. */
export function placeAt(store: PaxosStore, time: number, step: number | null): void {
  const { trace } = store.getState();
  const cursor = Math.min(Math.max(time, 0), trace.end);
  const steps = Math.min(
    Math.max(Math.round(step ?? stepsThrough(trace, cursor)), 0),
    trace.steps.length,
  );
  store.setState({ cursor, step: steps, world: worldAfter(trace, steps) });
}
