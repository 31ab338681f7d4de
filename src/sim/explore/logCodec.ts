import type {
  AcceptorState,
  ChosenSlot,
  ClientState,
  LeaderState,
  LearnerState,
  LogAcceptorState,
  LogClientState,
  Message,
  MultiWorld,
  NodeId,
  ProposerState,
  ReplicaState,
  SlotVote,
  World,
} from '../../engine';
import {
  ACCEPTOR,
  CLIENT,
  contentOf,
  indexOf,
  LEADER,
  LEARNER,
  LOG_ACCEPTOR,
  LOG_CLIENT,
  PROPOSER,
  REPLICA,
  roleOf,
} from '../../engine';
import type { Used } from '../enabled';
import { finish, mix } from './hash';
import { FRESH_ID } from './intern';
import { isLogInert } from './logInert';
import type { IntList } from './intlist';

/** Integers the used budgets take, at the start of every encoding. */
const USED_INTS = 5;
const NO_PARTITION = Object.freeze([]) as unknown as NodeId[][];
const NO_SIDES = Object.freeze({}) as Record<NodeId, number>;

/**
 * Sets every time in a node's Multi-Paxos state to 0, in place (null stays null: "no retry" is
 * not a time). Only fields a handler just wrote can hold another time, and those objects are
 * the engine's own; the frozen originals already say 0.
 */
function settle(state: object): void {
  const node = state as Partial<LeaderState & LogClientState>;
  if (node.timer != null && node.timer.at !== 0) node.timer.at = 0;
  for (const p of node.proposals ?? []) if (p.sentAt !== 0) p.sentAt = 0;
  for (const o of node.outstanding ?? []) if (o.retryAt !== null && o.retryAt !== 0) o.retryAt = 0;
  for (const list of [node.requests, node.responses])
    for (const r of list ?? []) if (r.at !== 0) (r as { at: number }).at = 0;
}

/** Node `n` of a world (proposers, acceptors, replicas, clients): its two records. */
function nodeAt(world: World, multi: MultiWorld, n: number): Pair {
  let i = n;
  if (i < world.proposers.length) return [world.proposers[i]!, multi.proposers[i]!];
  i -= world.proposers.length;
  if (i < world.acceptors.length) return [world.acceptors[i]!, multi.acceptors[i]!];
  i -= world.acceptors.length;
  if (i < world.learners.length) return [world.learners[i]!, multi.replicas[i]!];
  i -= world.learners.length;
  return [world.clients[i]!, multi.clients[i]!];
}

/** A Basic Paxos record (which holds `up`) and the node's Multi-Paxos state, as one pair. */
type Pair = readonly [object, object];

/** One table of distinct things, each numbered from 0 by its timeless JSON. */
class Table<T> {
  readonly items: T[] = [];
  readonly #ids = new Map<string, number>();
  constructor(readonly make: (key: string) => T) {}

  id(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.items.push(this.make(key)) - 1;
      this.#ids.set(key, id);
    }
    return id;
  }
}

/** Parses and deep-freezes: the shared originals every decoded world copies from. */
function frozen(key: string): never {
  const freeze = (value: unknown): unknown => {
    if (typeof value === 'object' && value !== null) {
      for (const inner of Object.values(value)) freeze(inner);
      Object.freeze(value);
    }
    return value;
  };
  return freeze(JSON.parse(key)) as never;
}

/**
 * A Multi-Paxos model world as a short run of integers, and back: the Multi-Paxos twin of
 * codec.ts. A node's state (its Basic Paxos record, which holds whether it is up, and its
 * Multi-Paxos fields) is numbered by its JSON, so an encoding is a few integers a node: the
 * used budgets, every node, the leaders' reported holes, the ghost's votes and chosen slots,
 * the partition and the messages in flight. Decoding copies each node from a shared frozen
 * original with its role's own `clone`, so the engine's handlers run on a real world.
 *
 * What is not kept: times (every step is one tick after a rebuilt world at tick 0, so a
 * leader's resend of old proposals never fires: with no loss in a model it would only copy a
 * message still in flight), message ids, counters, and the random generator (never drawn from).
 * Inert messages (logInert.ts) are left out. The others are a set, as in TLA+'s Paxos specifications: a second copy of a message
 * changes nothing a first does not (every handler takes a repeated message as its first), and
 * without it a leader's heartbeats would grow the state for ever.
 */
export class LogCodec {
  /** One template per message content; its id is its content number. */
  readonly messages: Message[] = [];
  /** The fingerprint of the state last encoded, in two lanes. */
  h1 = 0;
  h2 = 0;
  readonly #contents = new Map<string, number>();
  readonly #nodes = new Table<Pair>(frozen);
  readonly #lists = new Table<readonly object[]>(frozen);
  readonly #partitions = new Table<{ partition: NodeId[][]; side: Record<NodeId, number> }>((key) =>
    frozen(key),
  );
  readonly #live: number[] = [];
  readonly #rng: readonly number[];
  readonly #nodeCount: number;

  constructor(initial: World) {
    this.#rng = [...initial.rng];
    const { proposers, acceptors, learners, clients } = initial;
    this.#nodeCount = proposers.length + acceptors.length + learners.length + clients.length;
  }

  /** Makes the initial world one this codec can read: its messages become templates. */
  adopt(world: World): void {
    const contents = [...new Set(world.inFlight.map((m) => this.#intern(m)))].sort((a, b) => a - b);
    world.inFlight = contents.map((c) => this.messages[c]!);
    world.nextMessageId = FRESH_ID;
  }

  /** The content number of a message: every field a receiver reads, not its id or times. */
  content(m: Message): number {
    return m.id < FRESH_ID ? m.id : this.#intern(m);
  }

  #intern(m: Message): number {
    const key = JSON.stringify(contentOf(m));
    let id = this.#contents.get(key);
    if (id === undefined) {
      id = this.messages.length;
      this.messages.push(
        Object.freeze({ ...m, id, sentAt: 0, deliverAt: 0, loss: null, copyOf: null }),
      );
      this.#contents.set(key, id);
    }
    return id;
  }

  /**
   * Appends the world's state to `out` and fingerprints it (h1, h2). With `parent` (the
   * encoding the world was rebuilt from, at `start`), only node `touched` (its place in
   * proposers, acceptors, replicas, clients; -1 for none) is read again: a step changes only
   * the node it acts on, the network and the ghost, and the ghost's votes only when an
   * acceptor acts. The scratch world's times are set to 0 on the way (see LogCodec).
   */
  encode(
    world: World,
    used: Used,
    out: IntList,
    parent: Int32Array | null = null,
    start = 0,
    touched = -1,
  ): void {
    const multi = world.multi!;
    const from = out.length;
    out.add(used.crashes);
    out.add(used.drops);
    out.add(used.duplicates);
    out.add(used.partitions);
    out.add(used.retries);
    const count = this.#nodeCount;
    for (let n = 0; n < count; n++) {
      if (parent !== null && n !== touched) out.add(parent[start + USED_INTS + n]!);
      else out.add(this.#nodeId(world, multi, n));
    }
    for (const ballot of multi.ghost.holesReported) out.add(ballot);
    const proposers = world.proposers.length;
    const acceptorActed = touched >= proposers && touched < proposers + world.acceptors.length;
    if (parent !== null && !acceptorActed) {
      const ghostAt = start + USED_INTS + count + proposers;
      out.add(parent[ghostAt]!);
      out.add(parent[ghostAt + 1]!);
    } else {
      out.add(this.#listId(multi.ghost.votes));
      for (const c of multi.ghost.chosen) if (c.at !== 0) (c as { at: number }).at = 0;
      out.add(this.#listId(multi.ghost.chosen));
    }
    out.add(
      world.partition.length === 0
        ? 0
        : 1 + this.#partitions.id(JSON.stringify({ partition: world.partition, side: world.side })),
    );
    this.#addMessages(world, out);
    let h1 = 0x2545f491;
    let h2 = 0x68e31da4;
    for (let i = from; i < out.length; i++) {
      h1 = mix(h1, out.data[i]!);
      h2 = mix(h2, out.data[i]! ^ 0x5bd1e995);
    }
    this.h1 = finish(h1);
    this.h2 = finish(h2 ^ (out.length - from));
  }

  /** The place of a node in an encoding's list of nodes (proposers, acceptors, replicas, clients). */
  place(world: World, id: NodeId): number {
    const index = indexOf(id);
    switch (roleOf(id)) {
      case 'proposer':
        return index;
      case 'acceptor':
        return world.proposers.length + index;
      case 'learner':
        return world.proposers.length + world.acceptors.length + index;
      case 'client':
        return world.proposers.length + world.acceptors.length + world.learners.length + index;
    }
  }

  /** The number of node `n`'s state (its Basic Paxos record and its Multi-Paxos fields). */
  #nodeId(world: World, multi: MultiWorld, n: number): number {
    const [basic, state] = nodeAt(world, multi, n);
    settle(state);
    return this.#nodes.id(JSON.stringify([basic, state]));
  }

  #addMessages(world: World, out: IntList): void {
    const live = this.#live;
    live.length = 0;
    for (const m of world.inFlight) if (!isLogInert(world, m)) live.push(this.content(m));
    live.sort((a, b) => a - b);
    const countAt = out.length;
    out.add(0);
    let count = 0;
    for (let i = 0; i < live.length; i++) {
      if (i > 0 && live[i] === live[i - 1]) continue;
      out.add(live[i]!);
      count++;
    }
    out.data[countAt] = count;
  }

  /** Rebuilds the state encoded at `start` into `world`; returns where the encoding ends. */
  decodeInto(world: World, data: Int32Array, start: number, used: Used): number {
    for (let n = 0; n < this.#nodeCount; n++) this.#decodeNode(world, data, start, n);
    return this.restore(world, data, start, used, -1);
  }

  /**
   * Brings `world` back to the state at `start` after one step from it, rebuilding only what
   * a step can change: node `touched` (or none, -1), the ghost and the network. Returns where
   * the encoding ends.
   */
  restore(world: World, data: Int32Array, start: number, used: Used, touched: number): number {
    const multi = world.multi!;
    let at = start;
    used.crashes = data[at++]!;
    used.drops = data[at++]!;
    used.duplicates = data[at++]!;
    used.partitions = data[at++]!;
    used.retries = data[at++]!;
    if (touched >= 0) this.#decodeNode(world, data, start, touched);
    at += this.#nodeCount;
    const ghost = multi.ghost;
    // The ghost remembers what its last check saw, which is this state (by reference).
    for (let i = 0; i < world.acceptors.length; i++) {
      ghost.lastPromised[i] = multi.acceptors[i]!.promised;
      ghost.lastAccepted[i] = multi.acceptors[i]!.accepted;
    }
    for (let i = 0; i < world.learners.length; i++)
      ghost.lastApplied[i] = multi.replicas[i]!.applied.length;
    for (let k = 0; k < world.proposers.length; k++) ghost.holesReported[k] = data[at++]!;
    // The ghost adds to a vote's acceptors in place: each world gets copies.
    ghost.votes = this.#lists.items[data[at++]!]!.map((v) => ({ ...v })) as SlotVote[];
    ghost.chosen = [...this.#lists.items[data[at++]!]!] as ChosenSlot[];
    const partitionId = data[at++]!;
    const partition = partitionId === 0 ? null : this.#partitions.items[partitionId - 1]!;
    world.partition = partition === null ? NO_PARTITION : partition.partition;
    world.side = partition === null ? NO_SIDES : partition.side;
    const messages = data[at++]!;
    // Every template was sent at 0 and arrives at 0, so ascending ids already form a heap.
    world.inFlight.length = messages;
    for (let i = 0; i < messages; i++) world.inFlight[i] = this.messages[data[at++]!]!;
    world.now = 0;
    world.nextMessageId = FRESH_ID;
    world.violations.length = 0;
    for (let i = 0; i < 4; i++) world.rng[i] = this.#rng[i]!;
    return at;
  }

  /** Copies node `n` of the state at `start` into `world`, from its shared frozen original. */
  #decodeNode(world: World, data: Int32Array, start: number, n: number): void {
    const multi = world.multi!;
    const [basic, state] = this.#nodes.items[data[start + USED_INTS + n]!]!;
    let i = n;
    if (i < world.proposers.length) {
      world.proposers[i] = PROPOSER.clone(basic as ProposerState);
      multi.proposers[i] = LEADER.clone(state as LeaderState);
      return;
    }
    i -= world.proposers.length;
    if (i < world.acceptors.length) {
      world.acceptors[i] = ACCEPTOR.clone(basic as AcceptorState);
      multi.acceptors[i] = LOG_ACCEPTOR.clone(state as LogAcceptorState);
      return;
    }
    i -= world.acceptors.length;
    if (i < world.learners.length) {
      world.learners[i] = LEARNER.clone(basic as LearnerState);
      multi.replicas[i] = REPLICA.clone(state as ReplicaState);
      return;
    }
    i -= world.learners.length;
    world.clients[i] = CLIENT.clone(basic as ClientState);
    multi.clients[i] = LOG_CLIENT.clone(state as LogClientState);
  }

  /** Votes and chosen slots are kept in order of their JSON, so the order they came in is not state. */
  #listId(list: readonly object[]): number {
    const keys = list.map((item) => JSON.stringify(item)).sort();
    return this.#lists.id(`[${keys.join(',')}]`);
  }
}
