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
export type { Bounds, PaxosStore, RunSlice, Snapshot, State, Theme } from './state';
export { causalFamily } from './timeline';
export { edit, leverTick, pullLever, pullLevers, undo } from './edit';
export type { Lever } from './edit';
export { manualAt, waitingMessages } from './manual';
export { canStep, next } from './next';
export { endLine, runNotice } from './notice';
export { goodRunOf, restoreRun } from './goodRun';
export type { GoodRun } from './goodRun';
export type { Notice } from './notice';
export {
  attachRecorder,
  browserScheduler,
  finishRecording,
  FIRST_STEPS,
  placeWhenRecorded,
} from './recording';
export type { Recording, Scheduler } from './recording';
export { currentStop, questionBetween } from './lesson';
export { backToLessonRun, lessonDivergedTick, lessonStop } from './lessonRun';
