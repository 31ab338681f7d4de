export { loadScenario, runOf } from './loadScenario';
export type { RunSlice } from './runSlice';
export {
  DEFAULT_SPEED,
  moveTo,
  nearestSpeed,
  pause,
  play,
  placeAt,
  playEnd,
  replaceRun,
  reset,
  seek,
  setBounds,
  setSpeed,
  SPEEDS,
  stepBack,
  stepForward,
  toEnd,
  togglePlay,
  WHOLE_RUN,
} from './playback';
export type { Bounds } from './playback';
export {
  canFit,
  fitRun,
  guess,
  hover,
  hoverSlot,
  letGo,
  pickSlot,
  reveal,
  select,
  setFollow,
  setLang,
  setMotion,
  setPresenting,
  setTheme,
  toggleBlank,
} from './ui';
export type { Theme } from './ui';
export { StoreContext, usePaxos, useStoreApi } from './context';
export { attachLoop, browserClock } from './loop';
export type { Clock } from './loop';
export { setLabOpen } from './labDrawer';
export { narrate, sidesText, violationLine } from './narration';
export type { Line } from './narrationLine';
export { nodeViews } from './nodeViews';
export { logView } from './logView';
export { clickedSlot, highlightedSlot, litMessages, litSlot, slotOfMessage } from './slotMessages';
export type { LitMessages } from './slotMessages';
export { sentRequests } from './requests';
export type { SentRequest } from './requests';
export type { LogLeader, LogSlot, LogView, LogVote } from './logView';
// The partition editor starts every node on its side as the engine defines it.
export { partitionSide, quorumsOf } from '../engine';
export type { Countdown, NodeView } from './nodeViews';
export { createPaxosStore } from './state';
export type { PaxosStore, State } from './state';
export { causalFamily } from './timeline';
export { edit, leverTick, pullLever, pullLevers, undo } from './edit';
export type { Lever, Snapshot } from './edit';
export { manualAt, waitingMessages } from './manual';
export { canStep, next } from './next';
export { endLine, runNotice } from './notice';
export { quorumNotice } from './quorumNotice';
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
