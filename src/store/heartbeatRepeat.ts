import type { EngineEvent, Message } from '../engine';
import type { Trace } from '../trace';

function sameBeat(a: Message, b: Message, to: boolean): boolean {
  return (
    a.type === 'Heartbeat' && a.from === b.from && a.ballot === b.ballot && (!to || a.to === b.to)
  );
}

/** The first of the trace's events from `start` up to `end` that passes `test`. */
function firstOf(trace: Trace, start: number, end: number, test: (e: EngineEvent) => boolean) {
  for (let i = start; i < end; i++) if (test(trace.events[i]!)) return trace.events[i]!;
  return undefined;
}

/**
 * Whether this step's heartbeat repeats one told before: the same leader's beat in the same
 * ballot sent by an earlier timer step, or delivered earlier to the same node. A steady leader
 * beats every few ticks; its story is told in full once and then in short. The beat a new leader
 * sends on winning phase 1 is told by `lead`, so only timer steps count as a beat told. Narration
 * asks this at every step the cursor rests on, so the earlier steps are read in place, by index.
 */
export function repeatsHeartbeat(trace: Trace, step: number): boolean {
  const { eventStart, eventEnd } = trace.steps[step - 1]!;
  const deliver = firstOf(trace, eventStart, eventEnd, (e) => e.kind === 'deliver');
  if (deliver !== undefined) {
    const delivered = deliver.kind === 'deliver' ? deliver.message : null;
    if (delivered?.type !== 'Heartbeat') return false;
    // Every event before this step's belongs to an earlier step.
    return (
      firstOf(
        trace,
        0,
        eventStart,
        (e) => e.kind === 'deliver' && sameBeat(e.message, delivered, true),
      ) !== undefined
    );
  }
  const send = firstOf(
    trace,
    eventStart,
    eventEnd,
    (e) => e.kind === 'send' && e.message.type === 'Heartbeat',
  );
  if (send?.kind !== 'send') return false;
  const beat = send.message;
  const told = (e: EngineEvent) => e.kind === 'send' && sameBeat(e.message, beat, false);
  for (let i = 0; i < step - 1; i++) {
    const earlier = trace.steps[i]!;
    if (earlier.input.kind !== 'timeout') continue;
    if (firstOf(trace, earlier.eventStart, earlier.eventEnd, told) !== undefined) return true;
  }
  return false;
}
