export { asciiDiagram } from './ascii';
export { CHECKPOINT_EVERY, TraceBuilder } from './builder';
export { runReport } from './report';
export type { RunReport } from './report';
export { stepsThrough, worldAfter } from './seek';
export type { Checkpoint, Fate, MessageRecord, Trace, TraceStep } from './types';
