import type { Fields, StateOf } from './fields';
import { field, fieldsOf } from './fields';
import type { NodeId } from './ids';

/**
 * The state of each role, declared once: every field's kind, lifetime and initial value.
 * Stable fields survive a crash (they live on disk in a real system), volatile ones are reset
 * when the node restarts, and a proposer's ballot fields when it starts its next ballot.
 */

const CLIENT_FIELDS = {
  up: field('flag', 'volatile', true),
  /** Every request the client sent, in order (a record, kept across a restart). */
  requests: field('requests', 'stable', []),
  /** Every response the client received, in order (learners answer independently). */
  responses: field('responses', 'stable', []),
};

const PROPOSER_FIELDS = {
  up: field('flag', 'volatile', true),
  /** The highest ballot this proposer has used or heard of. */
  maxBallot: field('seen', 'stable', 0),
  phase: field('phase', 'volatile', 'idle'),
  /** The ballot of the current (or last) round; 0 before the first. */
  ballot: field('ballot', 'volatile', 0),
  /** The latest client request this proposer serves. */
  request: field('request', 'volatile', null),
  /** Acceptors that promised the current ballot. */
  promises: field('acceptors', 'ballot', 0),
  /** The highest-ballot accepted proposal reported in those promises, and who reported it. */
  highest: field('reported', 'ballot', null),
  /** The value sent in phase 2 of the current ballot. */
  proposal: field('value', 'ballot', null),
  /** Acceptors that accepted the current ballot's proposal. */
  accepts: field('acceptors', 'ballot', 0),
  /** The value this proposer knows is chosen. */
  chosen: field('value', 'volatile', null),
  timer: field('timer', 'volatile', null),
};

const ACCEPTOR_FIELDS = {
  up: field('flag', 'volatile', true),
  /** The highest ballot promised; 0 for none. */
  promised: field('ballot', 'stable', 0),
  /** The last proposal accepted. */
  accepted: field('proposal', 'stable', null),
};

const LEARNER_FIELDS = {
  up: field('flag', 'volatile', true),
  /** The value learned, which never changes once set. */
  learned: field('proposal', 'stable', null),
  tallies: field('tallies', 'volatile', []),
  /** Clients this learner has already answered. */
  answered: field('clients', 'volatile', 0),
};

/** Who a node is: never changes, not part of its state. */
interface Identity {
  readonly id: NodeId;
  readonly index: number;
}

export interface ClientState extends Pick<Identity, 'id'>, StateOf<typeof CLIENT_FIELDS> {}
export interface ProposerState extends Identity, StateOf<typeof PROPOSER_FIELDS> {}
export interface AcceptorState extends Identity, StateOf<typeof ACCEPTOR_FIELDS> {}
export interface LearnerState extends Identity, StateOf<typeof LEARNER_FIELDS> {}

export const CLIENT: Fields<StateOf<typeof CLIENT_FIELDS>> = fieldsOf(CLIENT_FIELDS);
export const PROPOSER: Fields<StateOf<typeof PROPOSER_FIELDS>> = fieldsOf(PROPOSER_FIELDS);
export const ACCEPTOR: Fields<StateOf<typeof ACCEPTOR_FIELDS>> = fieldsOf(ACCEPTOR_FIELDS);
export const LEARNER: Fields<StateOf<typeof LEARNER_FIELDS>> = fieldsOf(LEARNER_FIELDS);

export function newClient(id: NodeId): ClientState {
  return CLIENT.create({ id });
}

export function newProposer(id: NodeId, index: number): ProposerState {
  return PROPOSER.create({ id, index });
}

export function newAcceptor(id: NodeId, index: number): AcceptorState {
  return ACCEPTOR.create({ id, index });
}

export function newLearner(id: NodeId, index: number): LearnerState {
  return LEARNER.create({ id, index });
}
