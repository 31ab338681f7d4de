import type { Input, World } from '../engine';

/**
 * The timed scheduler: the next input is whatever is due first — a script entry, a message's
 * planned arrival, or a proposer's timer. At one tick, script entries go first (a crash at t
 * happens before deliveries at t), then arrivals in (deliverAt, id) order, then timers, so a
 * reply that arrives exactly at a deadline still counts.
 */
export function nextTimedInput(
  world: World,
  script: readonly Input[],
  scriptIndex: number,
): Input | null {
  let best: Input | null = script[scriptIndex] ?? null;
  const message = world.inFlight[0];
  if (message !== undefined && (best === null || message.deliverAt < best.at)) {
    best = { kind: 'deliver', at: message.deliverAt, id: message.id };
  }
  for (const proposer of world.proposers) {
    const timer = proposer.timer;
    if (timer !== null && (best === null || timer.at < best.at)) {
      best = { kind: 'timeout', at: timer.at, node: proposer.id };
    }
  }
  return best;
}
