export { asciiDiagram } from './ascii';
export { cutText } from './cut';
export { CHECKPOINT_EVERY, TraceBuilder } from './builder';
export { arrivalOf, groupLabelAt, messageArrow } from './diagram';
export type { GroupLabel } from './diagram';
export { faultsUpTo } from './faults';
export type { Downtime, FaultMark } from './faults';
export { laneNodes } from './nodes';
export { quorumStory } from './quorums';
export type {
  ChosenQuorum,
  Conflict,
  ConflictReason,
  PromiseQuorum,
  QuorumMember,
  QuorumStory,
} from './quorums';
export { runReport } from './report';
export type { RunReport } from './report';
export { stepsThrough, worldAfter } from './seek';
export { svgDiagram } from './svg';
export type { SvgOptions } from './svg';
export { traceFile } from './trace-file';
export type { TraceFile, TraceFileEvent, TraceFileFinal, TraceFileMessage } from './trace-file';
export type { Checkpoint, Cut, Fate, MessageGroup, MessageRecord, Trace, TraceStep } from './types';
export { groupKey, groupLabel, messageLabel, reportText, valueText } from './labels';
// Sets of nodes are written as the engine's violations write them.
export { nodeSet } from '../engine';
export { messagesBetween, timeIndex } from './window';
export type { TimeIndex } from './window';
export { MESSAGE_TYPES } from '../engine';
