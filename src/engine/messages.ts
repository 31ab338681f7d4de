import type { NodeId } from './ids';
import type { SlotEntry } from './multi/log';

/** A client's value. Values are arbitrary strings: data, never markup. */
export type Value = string;

/** Multi-Paxos: the value a new leader proposes in a slot no acceptor reported, so replicas can move on. */
export const NOOP: Value = 'noop';

export type MessageType =
  'Request' | 'Prepare' | 'Promise' | 'Accept' | 'Accepted' | 'Nack' | 'Response' | 'Heartbeat';

/** Basic Paxos's message types (what its drawings, markers and the explorer know). */
export const MESSAGE_TYPES: readonly MessageType[] = [
  'Request',
  'Prepare',
  'Promise',
  'Accept',
  'Accepted',
  'Nack',
  'Response',
];

/** Every message type, Multi-Paxos's Heartbeat included. */
export const ALL_MESSAGE_TYPES: readonly MessageType[] = [...MESSAGE_TYPES, 'Heartbeat'];

/** A (ballot, value) pair an acceptor has accepted. */
export interface Proposal {
  readonly ballot: number;
  readonly value: Value;
}

/** Why the network lost a message. */
export type DropReason = 'loss' | 'script' | 'partition' | 'crashed' | 'user';

/**
 * A message as the network carries it. Messages in the world are never mutated: a lever that
 * changes one (delay) replaces it, so worlds that share a message object stay independent.
 */
export interface Message {
  readonly id: number;
  readonly type: MessageType;
  readonly from: NodeId;
  readonly to: NodeId;
  /** Prepare, Promise, Accept, Accepted, Nack: the ballot the message is about. */
  readonly ballot: number | null;
  /** Request: the client's value; Accept, Accepted, Response: the proposed or chosen value. */
  readonly value: Value | null;
  /** Promise: what the acceptor had accepted before promising, if anything. */
  readonly accepted: Proposal | null;
  /** Nack: the higher ballot the acceptor has promised. */
  readonly promised: number | null;
  /** Accept, Accepted: the client whose request the proposal serves, so learners can answer it. */
  readonly client: NodeId | null;
  /**
   * Multi-Paxos only (absent in Basic Paxos). Accept, Accepted: the slot; Prepare: the first
   * slot the leader does not know is chosen, from which promises report.
   */
  readonly slot?: number;
  /** Multi-Paxos: Request, Accept, Accepted, Response: the client's number for its request. */
  readonly seq?: number;
  /**
   * Multi-Paxos. Promise: the acceptor's accepted entries from the Prepare's slot on;
   * Heartbeat to a replica: the slots the leader knows are chosen, so a replica can catch up.
   */
  readonly log?: readonly SlotEntry[];
  readonly sentAt: number;
  /** When the network will hand the message over (drawn from the delay range at send time). */
  readonly deliverAt: number;
  /** Set when the network decided at send time to lose this message on arrival. */
  readonly loss: DropReason | null;
  /** For a duplicate, the id of the message it copies. */
  readonly copyOf: number | null;
}

/** The fields a node chooses when it sends; the network fills in the rest. */
export type Outgoing = Pick<Message, 'type' | 'from' | 'to'> &
  Partial<
    Pick<Message, 'ballot' | 'value' | 'accepted' | 'promised' | 'client' | 'slot' | 'seq' | 'log'>
  >;

/**
 * What a message says: every field its receiver reads, none of the network's (id, times, fate).
 * The one list of a message's content, so the trace file, the run report and the shrinker's names
 * of messages cannot drift apart when a protocol adds a field.
 */
export type MessageContent = Pick<
  Message,
  'type' | 'from' | 'to' | 'ballot' | 'value' | 'accepted' | 'promised' | 'client'
> &
  Partial<Pick<Message, 'slot' | 'seq' | 'log'>>;

/** A message's content alone; Multi-Paxos's fields only where the message has them. */
export function contentOf(m: MessageContent): MessageContent {
  const { type, from, to, ballot, value, accepted, promised, client } = m;
  return {
    type,
    from,
    to,
    ballot,
    value,
    accepted,
    promised,
    client,
    ...(m.slot === undefined ? {} : { slot: m.slot }),
    ...(m.seq === undefined ? {} : { seq: m.seq }),
    ...(m.log === undefined ? {} : { log: m.log }),
  };
}

/** Whether two messages say the same thing, so that a receiver acts alike on either. */
export function sameContent(a: MessageContent, b: MessageContent): boolean {
  return (
    a.type === b.type &&
    a.from === b.from &&
    a.to === b.to &&
    a.ballot === b.ballot &&
    a.value === b.value &&
    a.promised === b.promised &&
    a.client === b.client &&
    a.accepted?.ballot === b.accepted?.ballot &&
    a.accepted?.value === b.accepted?.value &&
    a.slot === b.slot &&
    a.seq === b.seq &&
    sameLog(a.log, b.log)
  );
}

function sameLog(
  a: readonly SlotEntry[] | undefined,
  b: readonly SlotEntry[] | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.length === b.length &&
    a.every((e, i) => {
      const f = b[i]!;
      return (
        e.slot === f.slot &&
        e.ballot === f.ballot &&
        e.value === f.value &&
        e.client === f.client &&
        e.seq === f.seq
      );
    })
  );
}
