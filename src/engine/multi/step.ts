import type { EventSink } from '../events';
import type { NodeId } from '../ids';
import { indexOf, roleOf } from '../ids';
import type { Message, Value } from '../messages';
import type { World } from '../world';
import { onAccept, onPrepare, restartLogAcceptor } from './acceptor';
import { nextRetryAt, onClientTimer, onLogResponse, sendLogRequest } from './client';
import { onLogAccepted as leaderAccepted, onLogPromise } from './leader';
import type { MultiWorld } from './nodes';
import {
  onLeaderTimer,
  onLogHeartbeat as proposerHeartbeat,
  onLogNack,
  onLogRequest,
  restartLeader,
} from './proposer';
import {
  onLogHeartbeat as replicaHeartbeat,
  onLogAccepted as replicaAccepted,
  restartReplica,
} from './replica';

/**
 * Where ../step.ts hands a Multi-Paxos world's inputs: the same network and the same inputs,
 * Multi-Paxos's handlers. Whether a node is up stays on its Basic Paxos record.
 */
export function logRequest(
  world: World,
  multi: MultiWorld,
  input: { client: NodeId; proposer: NodeId; value: Value; seq?: number },
  sink: EventSink,
): void {
  const index = indexOf(input.client);
  if (world.clients[index]?.up !== true) return;
  sendLogRequest(world, multi.clients[index]!, input.proposer, input.value, input.seq, sink);
}

export function logArrive(
  world: World,
  multi: MultiWorld,
  message: Message,
  sink: EventSink,
): void {
  const index = indexOf(message.to);
  const toLearner = roleOf(message.to) === 'learner';
  switch (message.type) {
    case 'Request':
      return onLogRequest(world, multi.proposers[index]!, message, sink);
    case 'Prepare':
      return onPrepare(world, multi.acceptors[index]!, message, sink);
    case 'Promise':
      return onLogPromise(world, multi.proposers[index]!, message, sink);
    case 'Accept':
      return onAccept(world, multi.acceptors[index]!, message, sink);
    case 'Accepted':
      return toLearner
        ? replicaAccepted(world, multi.replicas[index]!, message, sink)
        : leaderAccepted(world, multi.proposers[index]!, message, sink);
    case 'Nack':
      return onLogNack(world, multi.proposers[index]!, message, sink);
    case 'Heartbeat':
      return toLearner
        ? replicaHeartbeat(world, multi.replicas[index]!, message, sink)
        : proposerHeartbeat(world, multi.proposers[index]!, message, sink);
    case 'Response':
      return onLogResponse(world, multi.clients[index]!, message);
  }
}

/** A proposer's timer, or a client's retry: the only nodes with timers. */
export function logTimeout(world: World, multi: MultiWorld, node: NodeId, sink: EventSink): void {
  const index = indexOf(node);
  const role = roleOf(node);
  if (role === 'proposer' && world.proposers[index]?.up === true)
    onLeaderTimer(world, multi.proposers[index]!, sink);
  else if (role === 'client' && world.clients[index]?.up === true)
    onClientTimer(world, multi.clients[index]!, sink);
}

/**
 * The next timer of a Multi-Paxos world, of a node that is up: a proposer's (heartbeat,
 * silence, timeout, retry) or a client's retry. What the timed scheduler fires next.
 */
export function nextLogTimer(world: World, multi: MultiWorld): { node: NodeId; at: number } | null {
  let best: { node: NodeId; at: number } | null = null;
  for (const proposer of multi.proposers) {
    const timer = proposer.timer;
    if (timer === null || world.proposers[proposer.index]!.up !== true) continue;
    if (best === null || timer.at < best.at) best = { node: proposer.id, at: timer.at };
  }
  for (const client of multi.clients) {
    const at = nextRetryAt(client);
    if (at === null || world.clients[client.index]!.up !== true) continue;
    if (best === null || at < best.at) best = { node: client.id, at };
  }
  return best;
}

/** A crashed proposer's timer dies with it (a client's retries wait for it to come back). */
export function logCrash(multi: MultiWorld, node: NodeId): void {
  if (roleOf(node) === 'proposer') multi.proposers[indexOf(node)]!.timer = null;
}

/** Volatile state reset, stable kept; true when an amnesiac acceptor forgot something. */
export function logRestart(world: World, multi: MultiWorld, node: NodeId): boolean {
  const index = indexOf(node);
  switch (roleOf(node)) {
    case 'proposer':
      restartLeader(multi.proposers[index]!);
      return false;
    case 'acceptor':
      return restartLogAcceptor(world, multi.acceptors[index]!);
    case 'learner':
      restartReplica(multi.replicas[index]!);
      return false;
    case 'client':
      return false;
  }
}
