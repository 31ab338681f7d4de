import type { EventSink } from '../events';
import type { NodeId } from '../ids';
import type { Message, Value } from '../messages';
import { send } from '../network';
import type { World } from '../world';
import { MULTI_PAXOS_DEFAULTS } from '../config';
import type { LogClientState } from './nodes';

function retryTicks(world: World): number {
  return world.config.client?.retry ?? MULTI_PAXOS_DEFAULTS.retry;
}

/**
 * A client numbers its requests 1, 2, 3…; a request given a seq sends that earlier request
 * again. Until an answer comes the request is outstanding, and is sent again after `retry`
 * ticks (never when retry is 0).
 */
export function sendLogRequest(
  world: World,
  client: LogClientState,
  proposer: NodeId,
  value: Value,
  given: number | undefined,
  sink: EventSink,
): void {
  const seq = given ?? client.lastSeq + 1;
  client.lastSeq = Math.max(client.lastSeq, seq);
  client.requests.push({ seq, value, proposer, at: world.now });
  const retry = retryTicks(world);
  const retryAt = retry === 0 ? null : world.now + retry;
  client.outstanding = [
    ...client.outstanding.filter((o) => o.seq !== seq),
    { seq, value, proposer, retryAt },
  ];
  send(
    world,
    { type: 'Request', from: client.id, to: proposer, value, client: client.id, seq },
    sink,
  );
}

/** An answer settles its request; replicas answer independently, so copies are recorded too. */
export function onLogResponse(world: World, client: LogClientState, message: Message): void {
  const seq = message.seq ?? 0;
  client.responses.push({ seq, value: message.value!, from: message.from, at: world.now });
  client.outstanding = client.outstanding.filter((o) => o.seq !== seq);
}

/** When the client next sends a request again, or null. */
export function nextRetryAt(client: LogClientState): number | null {
  let at: number | null = null;
  for (const o of client.outstanding)
    if (o.retryAt !== null && (at === null || o.retryAt < at)) at = o.retryAt;
  return at;
}

/**
 * The client's timer fires (when its first retry falls due, or earlier when a schedule says
 * so): the requests due first go again, to the next proposer in turn, since the one asked may
 * be down and any proposer can serve them (a follower forwards them to its leader).
 */
export function onClientTimer(world: World, client: LogClientState, sink: EventSink): void {
  const proposers = world.proposers;
  const first = nextRetryAt(client);
  if (first === null) return;
  const due = Math.max(world.now, first);
  for (const o of client.outstanding) {
    if (o.retryAt === null || o.retryAt > due) continue;
    const next =
      proposers[(proposers.findIndex((p) => p.id === o.proposer) + 1) % proposers.length]!;
    o.proposer = next.id;
    o.retryAt = world.now + retryTicks(world);
    client.requests.push({ seq: o.seq, value: o.value, proposer: next.id, at: world.now });
    sink?.push({ kind: 'retry', node: client.id, seq: o.seq, proposer: next.id, at: world.now });
    const request = { type: 'Request', from: client.id, to: next.id, value: o.value } as const;
    send(world, { ...request, client: client.id, seq: o.seq }, sink);
  }
}
