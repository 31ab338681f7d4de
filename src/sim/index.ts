export { fuzz, fuzzScenario, FAULTS } from './fuzz';
export type { Fault, FuzzOptions, FuzzReport } from './fuzz';
export { runScenario, simulate, STEPS_MAX } from './run';
export type { Outcome } from './run';
export { scriptItems, toItem } from './script';
export type { ScriptItem } from './script';
export { nextTimedInput } from './timed';
export { CLIENT_VALUES, openingRequests, runChoices } from './choices';
export type { Choice, ChoiceRun } from './choices';
export { enabledInputs, NOTHING_USED, spend } from './enabled';
export type { Bounds, Used } from './enabled';
export { describeInput, keyOf, replaySchedule, scheduleOf, shrinkSchedule } from './shrink';
export type { MessageKey, ScheduleStep } from './shrink';
export {
  AGREEMENT_ONLY,
  ALL_REDUCTIONS,
  counterexampleScenario,
  LAB_MODEL,
  MODEL_INVARIANTS,
  MODEL_LIMITS,
  MODEL_SEED,
  modelConfig,
  modelProblem,
  NO_REDUCTIONS,
  search,
} from './explore';
export type {
  Counterexample,
  ExploreMessage,
  ExploreModel,
  Explorer,
  ExploreRequest,
  Reductions,
  ScenarioWords,
  SearchOptions,
  SearchProgress,
  SearchReport,
  Target,
} from './explore';
