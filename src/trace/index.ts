export { cutText } from './cut';
export { CHECKPOINT_EVERY, TraceBuilder } from './builder';
export { arrivalOf, groupLabelAt, messageArrow } from './diagram';
export type { GroupLabel } from './diagram';
export { faultsUpTo } from './faults';
export type { Downtime, FaultMark } from './faults';
export { laneNodes } from './laneNodes';
export { quorumStory } from './quorums';
export type {
  ChosenQuorum,
  Conflict,
  ConflictReason,
  PromiseQuorum,
  QuorumMember,
  QuorumStory,
} from './quorums';
export { stepsThrough, worldAfter } from './seek';
export type { Checkpoint, Cut, Fate, MessageGroup, MessageRecord, Trace, TraceStep } from './types';
export { groupKey, groupLabel, messageLabel, reportText, valueText } from './labels';
// Sets of nodes are written as the engine's violations write them.
export { nodeSet } from '../engine';
export { messagesBetween, timeIndex } from './window';
export type { TimeIndex } from './window';
export { MESSAGE_TYPES } from '../engine';
