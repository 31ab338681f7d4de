import type { EventSink } from './events';
import { heapIndexOf, heapPush, heapRemoveAt } from './heap';
import type { NodeId } from './ids';
import type { DropReason, Message, Outgoing } from './messages';
import { chance, randomInt } from './rng';
import type { DropRule, World } from './world';
import { findNode } from './world';

/**
 * The network: it stamps each message with an id, a planned arrival drawn from the delay
 * range, and a planned loss (random or scripted), and may send a second copy. Whether a message
 * really arrives is decided when its time comes, against the network as it is then: a crashed
 * receiver or a partition between the two ends loses it.
 */
export function send(world: World, out: Outgoing, sink: EventSink): void {
  const message = stamp(world, out, null);
  heapPush(world.inFlight, message);
  sink?.push({ kind: 'send', message });
  if (chance(world.rng, world.settings.network.duplicate)) {
    const copy = stamp(world, out, message.id);
    heapPush(world.inFlight, copy);
    sink?.push({ kind: 'send', message: copy });
  }
}

function stamp(world: World, out: Outgoing, copyOf: number | null): Message {
  const { delay, drop } = world.settings.network;
  const deliverAt = world.now + randomInt(world.rng, delay[0], delay[1]);
  const loss: DropReason | null = matchDropRule(world, out)
    ? 'script'
    : chance(world.rng, drop)
      ? 'loss'
      : null;
  const message: { -readonly [K in keyof Message]: Message[K] } = {
    id: world.nextMessageId++,
    type: out.type,
    from: out.from,
    to: out.to,
    ballot: out.ballot ?? null,
    value: out.value ?? null,
    accepted: out.accepted ?? null,
    promised: out.promised ?? null,
    client: out.client ?? null,
    sentAt: world.now,
    deliverAt,
    loss,
    copyOf,
  };
  // Multi-Paxos's fields only where they exist: a Basic Paxos message keeps its one shape (a
  // spread here made every message a slow dictionary object).
  if (out.slot !== undefined) message.slot = out.slot;
  if (out.seq !== undefined) message.seq = out.seq;
  if (out.log !== undefined) message.log = out.log;
  return message;
}

function matches(rule: DropRule, out: Outgoing, now: number): boolean {
  if (rule.spent || (rule.until !== null && now > rule.until)) return false;
  return (
    (rule.type === null || rule.type === out.type) &&
    (rule.from === null || rule.from === out.from) &&
    (rule.to === null || rule.to === out.to)
  );
}

function matchDropRule(world: World, out: Outgoing): boolean {
  for (const rule of world.dropRules) {
    if (matches(rule, out, world.now)) {
      if (rule.until === null) rule.spent = true;
      return true;
    }
  }
  return false;
}

/**
 * Which side of the partition a node is on, from 0: its group's index, or for a node no group
 * lists, the side after the last group (the rest of the network); 0 for every node when the
 * network is whole. The one definition the network, the headers and the partition editor use.
 */
export function partitionSide(world: World, id: NodeId): number {
  return world.side[id] ?? world.partition.length;
}

export function sameSide(world: World, a: NodeId, b: NodeId): boolean {
  if (world.partition.length === 0) return true;
  return partitionSide(world, a) === partitionSide(world, b);
}

/** Takes a message out of the network, or returns null when it is not in flight. */
export function takeMessage(world: World, id: number): Message | null {
  const index = heapIndexOf(world.inFlight, id);
  return index < 0 ? null : heapRemoveAt(world.inFlight, index);
}

/** Why the network as it is now would lose this message on arrival, or null if it arrives. */
export function lossOnArrival(world: World, message: Message): DropReason | null {
  if (message.loss !== null) return message.loss;
  if (findNode(world, message.to)?.up !== true) return 'crashed';
  if (!sameSide(world, message.from, message.to)) return 'partition';
  return null;
}

export function setPartition(world: World, groups: NodeId[][]): void {
  world.partition = groups.map((group) => [...group]);
  world.side = {};
  groups.forEach((group, index) => {
    for (const node of group) world.side[node] = index;
  });
}

/** A second copy of an in-flight message, with its own delay (the user's Duplicate lever). */
export function duplicateMessage(world: World, message: Message, sink: EventSink): void {
  const { delay } = world.settings.network;
  const copy: Message = {
    ...message,
    id: world.nextMessageId++,
    // The copy is the same packet, sent when the original was; only its arrival differs.
    deliverAt: world.now + randomInt(world.rng, delay[0], delay[1]),
    loss: null,
    copyOf: message.id,
  };
  heapPush(world.inFlight, copy);
  sink?.push({ kind: 'duplicate', message, copy, at: world.now });
}

/** Holds an in-flight message back by `by` ticks (the user's Delay lever). */
export function delayMessage(world: World, id: number, by: number, sink: EventSink): void {
  const message = takeMessage(world, id);
  if (message === null) return;
  const later: Message = { ...message, deliverAt: Math.max(message.deliverAt, world.now) + by };
  heapPush(world.inFlight, later);
  sink?.push({ kind: 'delay', message: later, at: world.now });
}
