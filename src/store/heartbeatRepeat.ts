import type { EngineEvent, Message } from '../engine';
import type { Trace } from '../trace';
import { find } from './narrationLine';

type Events = EngineEvent[];

function sent(events: Events): Message[] {
  return events.flatMap((e) => (e.kind === 'send' ? [e.message] : []));
}

/**
 * Whether this step's heartbeat repeats one told before: the same leader's beat in the same
 * ballot sent by an earlier timer step, or delivered earlier to the same node. A steady leader
 * beats every few ticks; its story is told in full once and then in short. The beat a new leader
 * sends on winning phase 1 is told by `lead`, so only timer steps count as a beat told.
 */
export function repeatsHeartbeat(trace: Trace, step: number): boolean {
  const eventsOf = ({ eventStart, eventEnd }: Trace['steps'][number]): Events =>
    trace.events.slice(eventStart, eventEnd);
  const same = (a: Message, b: Message, to: boolean): boolean =>
    a.type === 'Heartbeat' && a.from === b.from && a.ballot === b.ballot && (!to || a.to === b.to);
  const events = eventsOf(trace.steps[step - 1]!);
  const before = trace.steps.slice(0, step - 1);
  const delivered = find(events, 'deliver')?.message;
  if (delivered !== undefined)
    return (
      delivered.type === 'Heartbeat' &&
      before.some((s) =>
        eventsOf(s).some((e) => e.kind === 'deliver' && same(e.message, delivered, true)),
      )
    );
  const beat = sent(events).find((m) => m.type === 'Heartbeat');
  return (
    beat !== undefined &&
    before.some(
      (s) => s.input.kind === 'timeout' && sent(eventsOf(s)).some((m) => same(m, beat, false)),
    )
  );
}
