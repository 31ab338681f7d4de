import { countBits } from '../ballot';
import type { EventSink } from '../events';
import { ignore } from '../events';
import { indexOf } from '../ids';
import type { Message, Value } from '../messages';
import { send } from '../network';
import type { World } from '../world';
import type { Applied, SlotEntry } from './log';
import { entryAt, isNoop, sameCommand, sameRequest } from './log';
import type { ReplicaState } from './nodes';
import { REPLICA } from './nodes';

/**
 * A learner of Multi-Paxos is a replica: it counts Accepted per (slot, ballot, command) from
 * distinct acceptors; at a phase 2 quorum it learns the slot, then applies chosen slots
 * strictly in slot order to its key-value state and answers the client.
 */
export function onLogAccepted(
  world: World,
  replica: ReplicaState,
  message: Message,
  sink: EventSink,
): void {
  const entry = entryOf(message);
  let tally = replica.tallies.find(
    (t) => t.slot === entry.slot && t.ballot === entry.ballot && sameCommand(t, entry),
  );
  if (tally === undefined) {
    tally = { ...entry, acceptors: 0 };
    replica.tallies.push(tally);
  }
  const bit = 1 << indexOf(message.from);
  if ((tally.acceptors & bit) !== 0)
    return ignore(sink, replica.id, message, 'already-counted', world.now);
  tally.acceptors |= bit;
  const count = countBits(tally.acceptors);
  const { quorum } = world.rules;
  if (count > quorum) return ignore(sink, replica.id, message, 'already-quorum', world.now);
  if (count === quorum) return learn(world, replica, entry, sink);
  const at = world.now;
  const { id: node } = replica;
  sink?.push({
    kind: 'counted',
    node,
    message: message.id,
    ballot: entry.ballot,
    count,
    quorum,
    at,
  });
}

function entryOf(message: Message): SlotEntry {
  return {
    slot: message.slot!,
    ballot: message.ballot!,
    value: message.value!,
    client: message.client,
    seq: message.seq ?? 0,
  };
}

/** A leader's heartbeat carries the slots it knows are chosen: a replica that missed them catches up. */
export function onLogHeartbeat(
  world: World,
  replica: ReplicaState,
  message: Message,
  sink: EventSink,
): void {
  for (const entry of message.log ?? []) learn(world, replica, entry, sink);
}

/** A slot learned once stays learned (the ghost, not the replica, judges a second value). */
function learn(world: World, replica: ReplicaState, entry: SlotEntry, sink: EventSink): void {
  if (entryAt(replica.chosen, entry.slot) !== undefined) return;
  replica.chosen = [...replica.chosen, entry].sort((a, b) => a.slot - b.slot);
  const { slot, ballot, value } = entry;
  sink?.push({ kind: 'learn-slot', node: replica.id, slot, ballot, value, at: world.now });
  // `out-of-order-apply` applies what it learns at once, whatever is missing below it.
  if (world.rules.outOfOrderApply) return applyEntry(world, replica, entry, sink);
  for (;;) {
    const next = entryAt(replica.chosen, replica.applied.length + 1);
    if (next === undefined) return;
    applyEntry(world, replica, next, sink);
  }
}

/**
 * Applies one slot: noop changes nothing; a (client, seq) applied before is not applied again
 * (`no-dedup` applies it again) and its first result is answered; any other command runs.
 */
function applyEntry(world: World, replica: ReplicaState, entry: SlotEntry, sink: EventSink): void {
  const command = { value: entry.value, client: entry.client, seq: entry.seq };
  let applied: Applied;
  const earlier = world.rules.noDedup
    ? undefined
    : replica.applied.find((a) => a.kind === 'command' && sameRequest(a, command));
  if (isNoop(command)) applied = { ...command, slot: entry.slot, kind: 'noop', result: '' };
  else if (earlier !== undefined)
    applied = { ...command, slot: entry.slot, kind: 'duplicate', result: earlier.result };
  else
    applied = {
      ...command,
      slot: entry.slot,
      kind: 'command',
      result: execute(replica, entry.value),
    };
  replica.applied = [...replica.applied, applied];
  sink?.push({ kind: 'apply', node: replica.id, applied, at: world.now });
  if (command.client === null) return;
  const response = { type: 'Response', from: replica.id, to: command.client } as const;
  send(world, { ...response, value: applied.result, seq: command.seq }, sink);
}

/** `put k v` sets k and answers v; `get k` answers k's value (`-` for none); any other command answers itself. */
function execute(replica: ReplicaState, command: Value): Value {
  const put = /^put (\S+) (.+)$/.exec(command);
  if (put !== null) {
    replica.store = { ...replica.store, [put[1]!]: put[2]! };
    return put[2]!;
  }
  const get = /^get (\S+)$/.exec(command);
  // Only the store's own keys: `get constructor` must not read the object's prototype.
  if (get !== null) return Object.hasOwn(replica.store, get[1]!) ? replica.store[get[1]!]! : '-';
  return command;
}

/** The chosen log, what was applied and the store are stable; the counts are rebuilt. */
export function restartReplica(replica: ReplicaState): void {
  REPLICA.forget(replica, ['volatile']);
}
