import type { Fields, StateOf } from '../fields';
import { field, fieldsOf } from '../fields';
import type { NodeId } from '../ids';
import type { Value } from '../messages';
import type { Applied, SlotEntry } from './log';

/**
 * Multi-Paxos's state of each role, declared once like Basic Paxos's (../nodes.ts). Whether a
 * node is up stays on its Basic Paxos record (the network asks it there); these tables hold
 * only what Multi-Paxos adds. Per-slot state is a list of entries ordered by slot.
 */

const LEADER_FIELDS = {
  /** The highest ballot this proposer has used or heard of. */
  maxBallot: field('seen', 'stable', 0),
  phase: field('leaderPhase', 'volatile', 'follower'),
  /** The ballot it runs (or last ran); 0 before its first. */
  ballot: field('ballot', 'volatile', 0),
  /** The leader this proposer last heard from, as far as it knows. */
  leader: field('node', 'volatile', null),
  /** Acceptors that promised the current ballot. */
  promises: field('acceptors', 'ballot', 0),
  /** Per slot, the highest-ballot entry those promises reported. */
  reports: field('reports', 'ballot', []),
  /** The slots proposed in this ballot and not yet known chosen. */
  proposals: field('slotProposals', 'ballot', []),
  /** The next slot free for a new command. */
  nextSlot: field('count', 'ballot', 1),
  /** Commands waiting for a slot (or for a leader). */
  pending: field('commands', 'volatile', []),
  /** The slots this proposer knows are chosen, learned from its own quorums of Accepted. */
  decided: field('entries', 'volatile', []),
  timer: field('leaderTimer', 'volatile', null),
};

const LOG_ACCEPTOR_FIELDS = {
  /** The highest ballot promised, for every slot at once; 0 for none. */
  promised: field('ballot', 'stable', 0),
  /** Per slot, the last (ballot, command) accepted. */
  accepted: field('entries', 'stable', []),
};

const REPLICA_FIELDS = {
  tallies: field('slotTallies', 'volatile', []),
  /** The slots this replica knows are chosen. */
  chosen: field('entries', 'stable', []),
  /** What it did with each slot it applied, in the order it applied them. */
  applied: field('applied', 'stable', []),
  store: field('store', 'stable', {}),
};

const LOG_CLIENT_FIELDS = {
  /** The last seq this client numbered a request with. */
  lastSeq: field('count', 'stable', 0),
  requests: field('seqRequests', 'stable', []),
  responses: field('seqResponses', 'stable', []),
  /** Requests without an answer, each with when it is sent again. */
  outstanding: field('outstanding', 'stable', []),
};

interface Identity {
  readonly id: NodeId;
  readonly index: number;
}

export interface LeaderState extends Identity, StateOf<typeof LEADER_FIELDS> {}
export interface LogAcceptorState extends Identity, StateOf<typeof LOG_ACCEPTOR_FIELDS> {}
export interface ReplicaState extends Identity, StateOf<typeof REPLICA_FIELDS> {}
export interface LogClientState extends Identity, StateOf<typeof LOG_CLIENT_FIELDS> {}

export const LEADER: Fields<StateOf<typeof LEADER_FIELDS>> = fieldsOf(LEADER_FIELDS);
export const LOG_ACCEPTOR: Fields<StateOf<typeof LOG_ACCEPTOR_FIELDS>> =
  fieldsOf(LOG_ACCEPTOR_FIELDS);
export const REPLICA: Fields<StateOf<typeof REPLICA_FIELDS>> = fieldsOf(REPLICA_FIELDS);
export const LOG_CLIENT: Fields<StateOf<typeof LOG_CLIENT_FIELDS>> = fieldsOf(LOG_CLIENT_FIELDS);

/** A vote of the ghost: acceptors that ever accepted this command in this slot and ballot. */
export interface SlotVote extends SlotEntry {
  acceptors: number;
  chosen: boolean;
}

export interface ChosenSlot extends SlotEntry {
  readonly at: number;
  readonly acceptors: number;
}

/** History for Multi-Paxos's invariants, never read by the protocol (see ../ghost.ts). */
export interface LogGhost {
  votes: SlotVote[];
  chosen: ChosenSlot[];
  lastPromised: number[];
  lastAccepted: SlotEntry[][];
  lastApplied: number[];
  /** Per leader, the ballot whose holes were last reported, so a hole is reported once. */
  holesReported: number[];
}

export interface MultiWorld {
  proposers: LeaderState[];
  acceptors: LogAcceptorState[];
  replicas: ReplicaState[];
  clients: LogClientState[];
  ghost: LogGhost;
}

export function newMultiWorld(
  ids: Record<'clients' | 'proposers' | 'acceptors' | 'learners', readonly NodeId[]>,
): MultiWorld {
  const make = <S>(table: Fields<S>, list: readonly NodeId[]) =>
    list.map((id, index) => table.create({ id, index }));
  return {
    proposers: make(LEADER, ids.proposers),
    acceptors: make(LOG_ACCEPTOR, ids.acceptors),
    replicas: make(REPLICA, ids.learners),
    clients: make(LOG_CLIENT, ids.clients),
    ghost: {
      votes: [],
      chosen: [],
      lastPromised: ids.acceptors.map(() => 0),
      lastAccepted: ids.acceptors.map(() => []),
      lastApplied: ids.learners.map(() => 0),
      holesReported: ids.proposers.map(() => 0),
    },
  };
}

export function cloneMultiWorld(multi: MultiWorld): MultiWorld {
  const { ghost } = multi;
  return {
    proposers: multi.proposers.map((p) => LEADER.clone(p)),
    acceptors: multi.acceptors.map((a) => LOG_ACCEPTOR.clone(a)),
    replicas: multi.replicas.map((r) => REPLICA.clone(r)),
    clients: multi.clients.map((c) => LOG_CLIENT.clone(c)),
    ghost: {
      votes: ghost.votes.map((v) => ({ ...v })),
      chosen: [...ghost.chosen],
      lastPromised: [...ghost.lastPromised],
      lastAccepted: [...ghost.lastAccepted],
      lastApplied: [...ghost.lastApplied],
      holesReported: [...ghost.holesReported],
    },
  };
}

/** The commands a replica applied, in order, noops and duplicates left out (the CLI's `applied`). */
export function appliedValues(replica: ReplicaState): Value[] {
  return replica.applied.filter((a: Applied) => a.kind === 'command').map((a) => a.value);
}
