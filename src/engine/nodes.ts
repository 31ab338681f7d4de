import type { NodeId } from './ids';
import type { Proposal, Value } from './messages';

/**
 * The state of each role. Fields marked stable survive a crash (they live on disk in a real
 * system); everything else is volatile and is reset when the node restarts.
 */

export interface ClientState {
  readonly id: NodeId;
  up: boolean;
  /** Every request the client sent, in order. */
  requests: { value: Value; proposer: NodeId; at: number }[];
  /** Every response the client received, in order (learners answer independently). */
  responses: { value: Value; from: NodeId; at: number }[];
}

/** idle: no request yet; prepare: phase 1; accept: phase 2; backoff: waiting to retry; chosen: done. */
export type ProposerPhase = 'idle' | 'prepare' | 'accept' | 'backoff' | 'chosen';

export interface ProposerTimer {
  /** timeout ends a ballot that did not reach a quorum; retry starts the next ballot after a backoff. */
  kind: 'timeout' | 'retry';
  at: number;
}

export interface ProposerState {
  readonly id: NodeId;
  readonly index: number;
  up: boolean;
  /** Stable: the highest ballot this proposer has used or heard of. */
  maxBallot: number;
  phase: ProposerPhase;
  /** The ballot of the current (or last) round; 0 before the first. */
  ballot: number;
  /** The latest client request this proposer serves. */
  request: { client: NodeId; value: Value } | null;
  /** Acceptors (bitmask) that promised the current ballot. */
  promises: number;
  /** The highest-ballot accepted proposal reported in those promises, and who reported it. */
  highest: (Proposal & { acceptor: NodeId }) | null;
  /** The value sent in phase 2 of the current ballot. */
  proposal: Value | null;
  /** Acceptors (bitmask) that accepted the current ballot's proposal. */
  accepts: number;
  /** The value this proposer knows is chosen. */
  chosen: Value | null;
  timer: ProposerTimer | null;
}

export interface AcceptorState {
  readonly id: NodeId;
  readonly index: number;
  up: boolean;
  /** Stable: the highest ballot promised; 0 for none. */
  promised: number;
  /** Stable: the last proposal accepted. */
  accepted: Proposal | null;
}

/** A learner's count of Accepted messages for one (ballot, value). */
export interface Tally {
  ballot: number;
  value: Value;
  acceptors: number;
}

export interface LearnerState {
  readonly id: NodeId;
  readonly index: number;
  up: boolean;
  /** Stable: the value learned, which never changes once set. */
  learned: Proposal | null;
  tallies: Tally[];
  /** Clients (bitmask) this learner has already answered. */
  answered: number;
}

export function newClient(id: NodeId): ClientState {
  return { id, up: true, requests: [], responses: [] };
}

export function newProposer(id: NodeId, index: number): ProposerState {
  return {
    id,
    index,
    up: true,
    maxBallot: 0,
    phase: 'idle',
    ballot: 0,
    request: null,
    promises: 0,
    highest: null,
    proposal: null,
    accepts: 0,
    chosen: null,
    timer: null,
  };
}

export function newAcceptor(id: NodeId, index: number): AcceptorState {
  return { id, index, up: true, promised: 0, accepted: null };
}

export function newLearner(id: NodeId, index: number): LearnerState {
  return { id, index, up: true, learned: null, tallies: [], answered: 0 };
}
