import type { Input, World } from '../engine';
import { nextLogTimer } from '../engine';
import type { ScriptItem } from './scriptItems';

/**
 * The timed scheduler: the next input is whatever is due first — a script entry, a message's
 * planned arrival, or a proposer's timer. At one tick, script entries go first (a crash at t
 * happens before deliveries at t), then arrivals in (deliverAt, id) order, then timers, so a
 * reply that arrives exactly at a deadline still counts. In manual mode ("you are the
 * network") only the script moves the run: nothing arrives and no timer fires by itself.
 * Arrivals and timers that fell due while the run was manual happen as soon as it is timed
 * again, at `now` (the simulator's clock, which a scheduler switch moves too).
 */
export function nextTimedInput(
  world: World,
  script: readonly ScriptItem[],
  scriptIndex: number,
  manual: boolean,
  now: number,
): ScriptItem | null {
  let best: ScriptItem | null = script[scriptIndex] ?? null;
  if (manual) return best;
  const message = world.inFlight[0];
  if (message !== undefined) {
    const at = Math.max(message.deliverAt, now);
    if (best === null || at < best.at) best = { kind: 'deliver', at, id: message.id };
  }
  if (world.multi !== undefined) {
    const timer = nextLogTimer(world, world.multi);
    if (timer === null) return best;
    const at = Math.max(timer.at, now);
    if (best === null || at < best.at) best = { kind: 'timeout', at, node: timer.node };
    return best;
  }
  for (const proposer of world.proposers) {
    const timer = proposer.timer;
    if (timer === null) continue;
    const at = Math.max(timer.at, now);
    if (best === null || at < best.at)
      best = { kind: 'timeout', at, node: proposer.id } satisfies Input;
  }
  return best;
}
