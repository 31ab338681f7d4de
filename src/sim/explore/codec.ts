import type { Chosen, NodeId, Vote, World } from '../../engine';
import type { Used } from '../enabled';
import { ACCEPTOR_CODEC, PROPOSER_CODEC } from './roleCodec';
import { FRESH_ID, Interner } from './intern';
import { Fingerprint } from './fingerprint';
import type { IntList } from './intlist';
import type { ExploreModel } from './model';
import type { Reductions } from './searchOptions';
import { ignores } from './steps';

// Shared by every decoded world: the engine replaces these when it partitions, never edits them.
const NO_PARTITION = Object.freeze([]) as unknown as NodeId[][];
const NO_SIDES = Object.freeze({}) as Record<NodeId, number>;
/** Integers the used budgets take, at the start of every encoding. */
const USED_INTS = 4;

/**
 * A model world as a short run of integers, and back. The search keeps its frontier encoded
 * (a few dozen integers a state instead of a world of objects) and rebuilds a scratch world
 * in place for every step it tries, so the engine runs on a real world while memory and the
 * garbage collector see almost nothing.
 *
 * What is kept: used fault budgets, every proposer's and acceptor's state, the partition, the
 * ghost's votes and chosen values, and the messages in flight the search may still deliver
 * (see `ignores`). What is
 * not: time, message ids and send times, counters of delivered and lost messages, and the
 * random generator's state (never drawn from in a model, see model.ts). Clients are the same
 * in every state of a model (they asked at the start and learners, who would answer them, are
 * left out), so they are shared with the initial world.
 */
export class StateCodec {
  readonly interner = new Interner();
  readonly fingerprint: Fingerprint;
  readonly #acceptors: number;
  // Kept here so the hot loop reads a field, not a module binding (a getter under some loaders).
  readonly #proposer = PROPOSER_CODEC;
  readonly #acceptor = ACCEPTOR_CODEC;
  readonly #votePool: Vote[] = [];
  readonly #chosen = new Map<number, Chosen>();
  readonly #partitions: { partition: NodeId[][]; side: Record<NodeId, number> }[] = [];
  readonly #partitionIds = new Map<string, number>();
  readonly #rng: readonly number[];
  readonly #model: ExploreModel;
  readonly #reductions: Reductions;

  constructor(initial: World, model: ExploreModel, reductions: Reductions) {
    this.#acceptors = initial.acceptors.length;
    this.#rng = [...initial.rng];
    this.#model = model;
    this.#reductions = reductions;
    this.fingerprint = new Fingerprint(
      this.interner,
      initial.proposers.length,
      this.#acceptors,
      reductions.symmetry,
    );
  }

  /**
   * Makes a world built elsewhere (the initial world) one this codec can read, as if it had
   * been decoded: its messages become templates and new ids start at FRESH_ID.
   */
  adopt(world: World): void {
    const templates = world.inFlight.map((m) => this.interner.contentOf(m)).sort((a, b) => a - b);
    world.inFlight = templates.map((content) => this.interner.messages[content]!);
    world.nextMessageId = FRESH_ID;
  }

  /**
   * The number `measure` and `restore` know a node by (proposers, then acceptors; -1 for a node
   * a state does not hold).
   */
  node(id: string | null): number {
    return id === null ? -1 : this.fingerprint.nodeNumber(id);
  }

  /** Notes every node of a state about to be expanded, which `measure` reads for its steps. */
  expand(world: World): void {
    this.fingerprint.expand(world);
  }

  /**
   * Fingerprints a world one step from the state last expanded, where the step acted on node
   * `touched` or none (-1), and notes its live messages for `encode`: equal fingerprints mean
   * equal states, up to the renaming of acceptors when symmetry is on.
   */
  measure(world: World, used: Used, touched: number): void {
    const live = this.fingerprint.live;
    live.clear();
    const inFlight = world.inFlight;
    for (let i = 0; i < inFlight.length; i++) {
      const m = inFlight[i]!;
      if (!ignores(world, m, this.#model, this.#reductions)) live.add(this.interner.content(m));
    }
    live.sortAscending();
    this.fingerprint.compute(world, used, touched);
  }

  /** Fingerprints a world as a whole (a state of its own, not a step from the one expanded). */
  measureWhole(world: World, used: Used): void {
    this.expand(world);
    this.measure(world, used, -1);
  }

  /** Appends the world last measured to `out`. */
  encode(world: World, used: Used, out: IntList): void {
    const { interner } = this;
    out.add(used.crashes);
    out.add(used.drops);
    out.add(used.duplicates);
    out.add(used.partitions);
    for (const p of world.proposers) this.#proposer.encode(p, interner, out);
    for (const a of world.acceptors) this.#acceptor.encode(a, interner, out);
    out.add(this.#partitionId(world));
    const { votes, chosen } = world.ghost;
    out.add(votes.length);
    for (const v of votes) {
      out.add(interner.proposal(v));
      out.add(v.acceptors);
      out.add(+v.chosen);
    }
    out.add(chosen.length);
    for (const c of chosen) {
      out.add(interner.proposal(c));
      out.add(c.acceptors);
    }
    const live = this.fingerprint.live;
    out.add(live.length);
    for (let i = 0; i < live.length; i++) out.add(live.at(i));
  }

  /**
   * Rebuilds a state into `world` (a world of this model: its config and clients are kept) and
   * returns where the encoding ends. Time restarts at 0 and new message ids start at FRESH_ID.
   */
  decodeInto(world: World, data: Int32Array, start: number, used: Used): number {
    this.#decodeUsed(data, start, used);
    for (let k = 0; k < world.proposers.length; k++) this.#decodeProposer(world, k, data, start);
    for (let i = 0; i < this.#acceptors; i++) this.#decodeAcceptor(world, i, data, start);
    return this.#decodeShared(world, data, start);
  }

  /**
   * Brings `world` back to the state at `start` after one step from it, rebuilding only what
   * a step can change: the node it acted on (`node`, numbered as by `node`), the network and
   * the ghost.
   * Handlers change only their own node; crashes, restarts and timeouts only theirs.
   */
  restore(world: World, data: Int32Array, start: number, used: Used, node: number): void {
    this.#decodeUsed(data, start, used);
    const proposers = world.proposers.length;
    if (node >= proposers) this.#decodeAcceptor(world, node - proposers, data, start);
    else if (node >= 0) this.#decodeProposer(world, node, data, start);
    this.#decodeShared(world, data, start);
  }

  #decodeUsed(data: Int32Array, start: number, used: Used): void {
    used.crashes = data[start]!;
    used.drops = data[start + 1]!;
    used.duplicates = data[start + 2]!;
    used.partitions = data[start + 3]!;
  }

  #decodeProposer(world: World, k: number, data: Int32Array, start: number): void {
    const at = start + USED_INTS + k * this.#proposer.ints;
    this.#proposer.decode(world.proposers[k]!, data, at, this.interner);
  }

  #decodeAcceptor(world: World, i: number, data: Int32Array, start: number): void {
    const at = this.#acceptorsAt(world, start) + i * this.#acceptor.ints;
    this.#acceptor.decode(world.acceptors[i]!, data, at, this.interner);
  }

  #acceptorsAt(world: World, start: number): number {
    return start + USED_INTS + world.proposers.length * this.#proposer.ints;
  }

  /** The partition, the ghost and the network; returns where the encoding ends. */
  #decodeShared(world: World, data: Int32Array, start: number): number {
    const { interner } = this;
    const ghost = world.ghost;
    // The ghost remembers what its last check saw, which is this state.
    for (let i = 0; i < this.#acceptors; i++) {
      const a = world.acceptors[i]!;
      ghost.lastPromised[i] = a.promised;
      ghost.lastAccepted[i] = a.accepted;
    }
    let at = this.#acceptorsAt(world, start) + this.#acceptors * this.#acceptor.ints;
    const partitionId = data[at++]!;
    const partition = partitionId === 0 ? null : this.#partitions[partitionId - 1]!;
    world.partition = partition === null ? NO_PARTITION : partition.partition;
    world.side = partition === null ? NO_SIDES : partition.side;
    const votes = data[at++]!;
    resize(ghost.votes, votes);
    for (let i = 0; i < votes; i++) {
      // The engine updates votes in place, so each world gets objects of its own from a pool.
      const vote = (this.#votePool[i] ??= { ballot: 0, value: '', acceptors: 0, chosen: false });
      const proposal = interner.proposals[data[at++]! - 1]!;
      vote.ballot = proposal.ballot;
      vote.value = proposal.value;
      vote.acceptors = data[at++]!;
      vote.chosen = data[at++] === 1;
      ghost.votes[i] = vote;
    }
    const chosen = data[at++]!;
    resize(ghost.chosen, chosen);
    for (let i = 0; i < chosen; i++, at += 2)
      ghost.chosen[i] = this.#chosenOf(data[at]!, data[at + 1]!);
    // Every template was sent at 0 and arrives at 0, so ascending ids already form a heap.
    const messages = data[at++]!;
    resize(world.inFlight, messages);
    for (let i = 0; i < messages; i++) world.inFlight[i] = interner.messages[data[at++]!]!;
    world.now = 0;
    world.nextMessageId = FRESH_ID;
    for (let i = 0; i < 4; i++) world.rng[i] = this.#rng[i]!;
    if (world.violations.length > 0) world.violations.length = 0;
    world.delivered = 0;
    world.dropped = 0;
    return at;
  }

  #chosenOf(proposal: number, acceptors: number): Chosen {
    const key = proposal * 64 + acceptors;
    let chosen = this.#chosen.get(key);
    if (chosen === undefined) {
      const { ballot, value } = this.interner.proposals[proposal - 1]!;
      chosen = Object.freeze({ value, ballot, at: 0, acceptors });
      this.#chosen.set(key, chosen);
    }
    return chosen;
  }

  #partitionId(world: World): number {
    if (world.partition.length === 0) return 0;
    const key = JSON.stringify(world.partition);
    let id = this.#partitionIds.get(key);
    if (id === undefined) {
      const partition = world.partition.map((group) => Object.freeze([...group]) as NodeId[]);
      id = this.#partitions.push({ partition, side: Object.freeze({ ...world.side }) });
      this.#partitionIds.set(key, id);
    }
    return id;
  }
}

/** Gives a list `length` items, to be overwritten (setting `length` is slow, so only to shrink). */
function resize<T>(list: T[], length: number): void {
  if (list.length > length) list.length = length;
  else while (list.length < length) list.push(undefined as T);
}
