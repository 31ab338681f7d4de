export * from './actions';
export { StoreContext, usePaxos, useStoreApi } from './context';
export { attachLoop, browserClock } from './loop';
export type { Clock } from './loop';
export { narrate, sidesText, violationLine } from './narration';
export type { Line } from './narrationLine';
export { nodeViews } from './nodes';
// The partition editor starts every node on its side as the engine defines it.
export { partitionSide } from '../engine';
export type { NodeView } from './nodes';
export { createPaxosStore, DEFAULT_SPEED, nearestSpeed, SPEEDS, WHOLE_RUN } from './state';
export type { Bounds, PaxosStore, Snapshot, State, Theme } from './state';
export { causalFamily } from './timeline';
export { edit, leverTick, pullLever, pullLevers, undo } from './edit';
export type { Lever } from './edit';
export { manualAt } from './manual';
export { currentStop, questionBetween } from './lesson';
