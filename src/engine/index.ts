/**
 * The Paxos engine: a pure function from a world and an input to the next world and what
 * happened. Nothing here reads a clock, a random source, the DOM or the network.
 */
export { countBits, nextBallot, nextBallotOf } from './ballot';
export type {
  Bug,
  ClientConfig,
  MultiPaxosBug,
  NetworkConfig,
  NodeCounts,
  Protocol,
  ProposerConfig,
  Quorums,
  RuleBreak,
  WorldConfig,
} from './config';
export {
  ACCEPTORS_MAX,
  ALL_BUGS,
  BUGS,
  bugFits,
  bugsOf,
  hasBug,
  isBug,
  isRuleBreak,
  MULTI_PAXOS_BUGS,
  MULTI_PAXOS_DEFAULTS,
  protocolOf,
  PROTOCOLS,
  quorumsOf,
  quorumsOverlap,
  quorumSize,
} from './config';
export type { EngineEvent, EventSink, IgnoreReason, Reported } from './events';
export type { Chosen, Ghost, Vote } from './ghost';
export type { NodeId, NodeRef, Role } from './ids';
export { indexOf, nodeId, nodeSet, parseNodeId, roleOf, ROLES } from './ids';
export { acceptorNames } from './invariants';
export type { DropReason, Message, MessageContent, MessageType, Proposal, Value } from './messages';
export { ALL_MESSAGE_TYPES, contentOf, MESSAGE_TYPES, NOOP, sameContent } from './messages';
export type { Field, FieldKind, FieldKinds, Fields, FieldTable, Lifetime } from './fields';
export type { ProposerPhase, ProposerTimer, Tally } from './fields';
export type { AcceptorState, ClientState, LearnerState, ProposerState } from './nodes';
export { ACCEPTOR, CLIENT, LEARNER, PROPOSER } from './nodes';
export { partitionSide, sameSide } from './network';
export type { Rng } from './rng';
export { chance, nextUint32, randomInt, seedRng } from './rng';
export type { Input } from './step';
export { apply, EngineError, step } from './step';
export type { ChosenFact, Invariant, Violation, ViolationFacts } from './violations';
export { describe as describeViolation } from './violations';
export type { DropRule, Rules, Settings, World } from './world';
export { allNodeIds, cloneWorld, createWorld, findNode } from './world';
export type { Applied, Command, SlotEntry } from './multi/log';
export type { MultiPaxosEvent } from './multi/events';
export type {
  ChosenSlot,
  LeaderState,
  LogAcceptorState,
  LogClientState,
  MultiWorld,
  ReplicaState,
  SlotVote,
} from './multi/nodes';
export { appliedValues, LEADER, LOG_ACCEPTOR, LOG_CLIENT, REPLICA } from './multi/nodes';
export { nextLogTimer } from './multi/step';
