export { asciiDiagram } from './ascii';
export { CHECKPOINT_EVERY, TraceBuilder } from './builder';
export { runReport } from './report';
export type { RunReport } from './report';
export { stepsThrough, worldAfter } from './seek';
export type { Checkpoint, Fate, MessageGroup, MessageRecord, Trace, TraceStep } from './types';
export { groupKey, groupLabel, messageLabel, reportText, valueText } from './labels';
