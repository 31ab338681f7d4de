import type { NodeId } from './ids';
import type { Proposal, Value } from './messages';
import type {
  Applied,
  Command,
  LeaderPhase,
  LeaderTimer,
  Outstanding,
  ReportedEntry,
  SlotEntry,
  SlotProposal,
  SlotTally,
} from './multi/log';

/**
 * The pieces a node's state is made of. Each role declares its state once, as a table of
 * fields (nodes.ts): a kind, a lifetime and an initial value. Creating, copying and resetting a
 * node, and the explorer's encoding and fingerprint of it, are all read off that table, so a
 * new field is one line in one place.
 */

/** idle: no request yet; prepare: phase 1; accept: phase 2; backoff: waiting to retry; chosen: done. */
export type ProposerPhase = 'idle' | 'prepare' | 'accept' | 'backoff' | 'chosen';

export interface ProposerTimer {
  /** timeout ends a ballot that did not reach a quorum; retry starts the next ballot after a backoff. */
  kind: 'timeout' | 'retry';
  at: number;
}

/** A learner's count of Accepted messages for one (ballot, value). */
export interface Tally {
  ballot: number;
  value: Value;
  acceptors: number;
}

/** What each kind of field holds. The kind also says how the field is copied and encoded. */
export interface FieldKinds {
  flag: boolean;
  ballot: number;
  /** A highest ballot seen, which only matters through the next ballot it lets a proposer start. */
  seen: number;
  phase: ProposerPhase;
  /** A set of acceptors (or clients) as a bitmask of their indices. */
  acceptors: number;
  clients: number;
  value: Value | null;
  proposal: Proposal | null;
  /** A proposal reported in a promise, and who reported it. */
  reported: (Proposal & { acceptor: NodeId }) | null;
  request: { client: NodeId; value: Value } | null;
  timer: ProposerTimer | null;
  tallies: Tally[];
  requests: { value: Value; proposer: NodeId; at: number }[];
  responses: { value: Value; from: NodeId; at: number }[];
  /** Multi-Paxos kinds (multi/nodes.ts); the explorer does not search Multi-Paxos. */
  count: number;
  node: NodeId | null;
  leaderPhase: LeaderPhase;
  leaderTimer: LeaderTimer | null;
  /** Entries per slot, replaced whole (acceptors' accepted, the log known chosen). */
  entries: SlotEntry[];
  commands: Command[];
  reports: ReportedEntry[];
  slotProposals: SlotProposal[];
  slotTallies: SlotTally[];
  applied: Applied[];
  /** A replica's key-value state. */
  store: Record<string, Value>;
  outstanding: Outstanding[];
  seqRequests: { seq: number; value: Value; proposer: NodeId; at: number }[];
  seqResponses: { seq: number; value: Value; from: NodeId; at: number }[];
}

export type FieldKind = keyof FieldKinds;

/**
 * stable: on disk, it survives a crash; volatile: forgotten when the node restarts; ballot: the
 * state of one ballot, forgotten when the proposer starts the next one (and on restart).
 */
export type Lifetime = 'stable' | 'volatile' | 'ballot';

export interface Field<K extends FieldKind = FieldKind> {
  readonly kind: K;
  readonly lifetime: Lifetime;
  readonly initial: FieldKinds[K];
}

export function field<K extends FieldKind>(
  kind: K,
  lifetime: Lifetime,
  initial: FieldKinds[K],
): Field<K> {
  return { kind, lifetime, initial };
}

export type FieldTable = Readonly<Record<string, Field>>;

/** The state a table declares, field by field. */
export type StateOf<T extends FieldTable> = { -readonly [F in keyof T]: FieldKinds[T[F]['kind']] };

/**
 * How to copy a value of each kind so that the copy can change without the original: null for
 * kinds that are numbers or objects the engine replaces instead of editing.
 */
const COPY: { [K in FieldKind]: ((value: FieldKinds[K]) => FieldKinds[K]) | null } = {
  flag: null,
  ballot: null,
  seen: null,
  phase: null,
  acceptors: null,
  clients: null,
  value: null,
  proposal: null,
  reported: null,
  request: null,
  timer: (timer) => timer && { ...timer },
  tallies: (tallies) => tallies.map((t) => ({ ...t })),
  requests: (requests) => [...requests],
  responses: (responses) => [...responses],
  count: null,
  node: null,
  leaderPhase: null,
  leaderTimer: (timer) => timer && { ...timer },
  entries: (entries) => [...entries],
  commands: (commands) => [...commands],
  reports: (reports) => [...reports],
  slotProposals: (proposals) => proposals.map((p) => ({ ...p })),
  slotTallies: (tallies) => tallies.map((t) => ({ ...t })),
  applied: (applied) => [...applied],
  store: (store) => ({ ...store }),
  outstanding: (outstanding) => outstanding.map((o) => ({ ...o })),
  seqRequests: (requests) => [...requests],
  seqResponses: (responses) => [...responses],
};

type Copy = (value: unknown) => unknown;
type Fresh = [name: string, make: () => unknown];

/** Everything a role does with its table, worked out once when the module loads. */
export interface Fields<S> {
  readonly table: FieldTable;
  /** A node's state as it starts, after its identity (`id`, `index`). */
  create<I extends object>(identity: I): I & S;
  /** A copy that shares only what the engine never edits in place. */
  clone<N extends S>(node: N): N;
  /** Gives the fields of these lifetimes their initial values again. */
  forget(node: S, lifetimes: readonly Lifetime[]): void;
}

export function fieldsOf<T extends FieldTable>(table: T): Fields<StateOf<T>> {
  const names = Object.keys(table);
  const fresh = (name: string): Fresh => {
    const { kind, initial } = table[name]!;
    const copy = COPY[kind] as Copy | null;
    return [name, copy === null ? () => initial : () => copy(initial)];
  };
  const all = names.map(fresh);
  const deep = names.flatMap((name) => {
    const copy = COPY[table[name]!.kind] as Copy | null;
    return copy === null ? [] : [[name, copy] as const];
  });
  const byLifetime = new Map<Lifetime, Fresh[]>(
    (['stable', 'volatile', 'ballot'] as const).map((lifetime) => [
      lifetime,
      names.filter((name) => table[name]!.lifetime === lifetime).map(fresh),
    ]),
  );
  type State = StateOf<T>;
  // Every node of a role is a copy of one first node: a single spread copies its layout at
  // once, where adding the fields one by one made creating worlds the largest cost of fuzzing.
  let first: Record<string, unknown> | null = null;
  return {
    table,
    create<I extends object>(identity: I): I & State {
      first ??= { ...identity, ...Object.fromEntries(all.map(([name, make]) => [name, make()])) };
      const node = { ...first };
      for (const [name, value] of Object.entries(identity)) node[name] = value;
      for (const [name, copyOf] of deep) node[name] = copyOf(node[name]);
      return node as I & State;
    },
    clone<N extends State>(node: N): N {
      const copy: Record<string, unknown> = { ...node };
      for (const [name, copyOf] of deep) copy[name] = copyOf(copy[name]);
      return copy as N;
    },
    forget(node: State, lifetimes: readonly Lifetime[]): void {
      const target = node as Record<string, unknown>;
      for (const lifetime of lifetimes)
        for (const [name, make] of byLifetime.get(lifetime)!) target[name] = make();
    },
  };
}
