import * as acceptors from './acceptor';
import { onResponse, restartClient, sendRequest } from './client';
import type { NetworkConfig, ProposerConfig } from './config';
import type { EngineEvent, EventSink } from './events';
import type { NodeId } from './ids';
import { indexOf, roleOf } from './ids';
import { checkInvariants } from './invariants';
import * as learners from './learner';
import type { Message, MessageType, Value } from './messages';
import {
  delayMessage,
  duplicateMessage,
  lossOnArrival,
  setPartition,
  takeMessage,
} from './network';
import { checkLogInvariants } from './multi/invariants';
import { logArrive, logCrash, logRequest, logRestart, logTimeout } from './multi/step';
import * as proposers from './proposer';
import type { World } from './world';
import { cloneWorld, findNode } from './world';

/**
 * Everything that can happen to a world. Each input carries its time; a scheduler (timed,
 * random, exhaustive or a user clicking) decides which input comes next, the engine decides
 * what it means.
 */
export type Input =
  /** seq: Multi-Paxos only, to send an earlier request again (a client numbers its own). */
  | { kind: 'request'; at: number; client: NodeId; proposer: NodeId; value: Value; seq?: number }
  /** The network's time for this message has come: it arrives, or is lost if the network says so. */
  | { kind: 'deliver'; at: number; id: number }
  | { kind: 'drop'; at: number; id: number }
  | { kind: 'duplicate'; at: number; id: number }
  | { kind: 'delay'; at: number; id: number; by: number }
  | { kind: 'timeout'; at: number; node: NodeId }
  | { kind: 'crash'; at: number; node: NodeId }
  | { kind: 'restart'; at: number; node: NodeId }
  | { kind: 'partition'; at: number; groups: NodeId[][] }
  | { kind: 'heal'; at: number }
  | {
      kind: 'drop-rule';
      at: number;
      type: MessageType | null;
      from: NodeId | null;
      to: NodeId | null;
      until: number | null;
    }
  /** New network or timing settings from now on (messages already sent keep their fate). */
  | {
      kind: 'configure';
      at: number;
      network?: Partial<NetworkConfig>;
      proposer?: Partial<ProposerConfig>;
    };

export class EngineError extends Error {
  override name = 'EngineError';
}

/**
 * Applies one input to a world the caller owns, in place, appending what happened to `sink`
 * (pass null to record nothing, as fuzzing does). The result depends on the world and the
 * input alone. Use `step` when the world must stay unchanged.
 */
export function apply(world: World, input: Input, sink: EventSink): void {
  if (!(input.at >= world.now))
    throw new EngineError(`input at ${input.at} is before the world's time ${world.now}`);
  world.now = input.at;
  dispatch(world, input, sink);
  if (world.multi === undefined) checkInvariants(world, sink);
  else checkLogInvariants(world, world.multi, sink);
}

/** The pure form: a new world and the events, the given world untouched. */
export function step(world: World, input: Input): { world: World; events: EngineEvent[] } {
  const next = cloneWorld(world);
  const events: EngineEvent[] = [];
  apply(next, input, events);
  return { world: next, events };
}

function dispatch(world: World, input: Input, sink: EventSink): void {
  switch (input.kind) {
    case 'request': {
      if (world.multi !== undefined) return logRequest(world, world.multi, input, sink);
      const client = world.clients[indexOf(input.client)];
      if (client?.up === true) sendRequest(world, client, input.proposer, input.value, sink);
      return;
    }
    case 'deliver': {
      const message = takeMessage(world, input.id);
      if (message !== null) arrive(world, message, sink);
      return;
    }
    case 'drop': {
      const message = takeMessage(world, input.id);
      if (message === null) return;
      world.dropped++;
      sink?.push({ kind: 'drop', message, at: world.now, reason: 'user' });
      return;
    }
    case 'duplicate': {
      const message = world.inFlight.find((m) => m.id === input.id);
      if (message !== undefined) duplicateMessage(world, message, sink);
      return;
    }
    case 'delay':
      delayMessage(world, input.id, input.by, sink);
      return;
    case 'timeout': {
      if (world.multi !== undefined) return logTimeout(world, world.multi, input.node, sink);
      const proposer = world.proposers[indexOf(input.node)];
      if (proposer?.up === true) proposers.onTimer(world, proposer, sink);
      return;
    }
    case 'crash':
      crash(world, input.node, sink);
      return;
    case 'restart':
      restart(world, input.node, sink);
      return;
    case 'partition':
      setPartition(world, input.groups);
      sink?.push({ kind: 'partition', groups: world.partition, at: world.now });
      return;
    case 'heal':
      setPartition(world, []);
      sink?.push({ kind: 'heal', at: world.now });
      return;
    case 'configure': {
      const { network, proposer } = input;
      const before = world.settings;
      world.settings = {
        network: { ...before.network, ...network },
        proposer: { ...before.proposer, ...proposer },
      };
      sink?.push({ kind: 'configure', settings: world.settings, before, at: world.now });
      return;
    }
    case 'drop-rule': {
      const { type, from, to, until } = input;
      world.dropRules.push({ type, from, to, until, spent: false });
      sink?.push({ kind: 'drop-rule', type, from, to, until, at: world.now });
      return;
    }
  }
}

function arrive(world: World, message: Message, sink: EventSink): void {
  const reason = lossOnArrival(world, message);
  if (reason !== null) {
    world.dropped++;
    sink?.push({ kind: 'drop', message, at: world.now, reason });
    return;
  }
  world.delivered++;
  sink?.push({ kind: 'deliver', message, at: world.now });
  if (world.multi !== undefined) return logArrive(world, world.multi, message, sink);
  const index = indexOf(message.to);
  switch (message.type) {
    case 'Request':
      return proposers.onRequest(world, world.proposers[index]!, message, sink);
    case 'Prepare':
      return acceptors.onPrepare(world, world.acceptors[index]!, message, sink);
    case 'Promise':
      return proposers.onPromise(world, world.proposers[index]!, message, sink);
    case 'Accept':
      return acceptors.onAccept(world, world.acceptors[index]!, message, sink);
    case 'Accepted':
      return roleOf(message.to) === 'learner'
        ? learners.onAccepted(world, world.learners[index]!, message, sink)
        : proposers.onAccepted(world, world.proposers[index]!, message, sink);
    case 'Nack':
      return proposers.onNack(world, world.proposers[index]!, message, sink);
    case 'Response':
      return onResponse(world, world.clients[index]!, message);
    case 'Heartbeat':
      // Basic Paxos has no leader and sends no heartbeat.
      return;
  }
}

/** A crashed node neither sends nor receives; a proposer's pending timer dies with it. */
function crash(world: World, id: NodeId, sink: EventSink): void {
  const node = findNode(world, id);
  if (node === undefined || !node.up) return;
  node.up = false;
  if (roleOf(id) === 'proposer') world.proposers[indexOf(id)]!.timer = null;
  if (world.multi !== undefined) logCrash(world.multi, id);
  sink?.push({ kind: 'crash', node: id, at: world.now });
}

/** Volatile state is reset, stable state kept (see each role's restart). */
function restart(world: World, id: NodeId, sink: EventSink): void {
  const node = findNode(world, id);
  if (node === undefined || node.up) return;
  const index = indexOf(id);
  let forgot = false;
  if (world.multi !== undefined) forgot = logRestart(world, world.multi, id);
  switch (roleOf(id)) {
    case 'proposer':
      proposers.restartProposer(world.proposers[index]!);
      break;
    case 'acceptor':
      forgot = acceptors.restartAcceptor(world, world.acceptors[index]!) || forgot;
      break;
    case 'learner':
      learners.restartLearner(world.learners[index]!);
      break;
    case 'client':
      restartClient(world.clients[index]!);
  }
  sink?.push({ kind: 'restart', node: id, at: world.now, forgot });
}
