import type { Fate, Trace } from './types';

/**
 * What had become of message `id` after the first `step` steps: null while it is not yet sent,
 * `in-flight` until the step that ended it (a message delivered later in the same tick is still
 * in flight now), then the way it ended. Every view of a message at a step asks this.
 */
export function fateAt(trace: Trace, id: number, step: number): Fate | null {
  const record = trace.messages[id];
  if (record === undefined || record.sentStep >= step) return null;
  return record.endStep !== null && record.endStep < step ? record.fate : 'in-flight';
}
