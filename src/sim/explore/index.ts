export { bfs } from './bfs';
export type { BfsOptions, BfsOutcome, BfsProgress, Limits, StopReason } from './bfs';
export {
  AGREEMENT_ONLY,
  breaks,
  initialWorld,
  LAB_LIMITS,
  LAB_MODEL,
  LAB_RANDOM,
  MODEL_INVARIANTS,
  MODEL_LIMITS,
  MODEL_SEED,
  modelConfig,
  modelProblem,
} from './model';
export type { ExploreModel, Target } from './model';
export { randomWalks } from './random';
export type { RandomOptions, RandomOutcome } from './random';
export { search } from './search';
export type {
  Counterexample,
  RandomPhase,
  SearchOptions,
  SearchProgress,
  SearchReport,
} from './search';
export { ALL_REDUCTIONS, NO_REDUCTIONS, nextSteps } from './steps';
export type { Reductions } from './steps';
export { collisionChance } from './visited';
export { counterexampleScenario } from './scenario';
export type { ScenarioWords } from './scenario';
export { serveExplore } from './protocol';
export type { Explorer, ExploreMessage, ExploreRequest } from './protocol';
