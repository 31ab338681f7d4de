export { LAB_MODEL, MODEL_INVARIANTS, MODEL_LIMITS } from './model';
export type { ExploreModel } from './model';
export { search } from './search';
export type { Counterexample, SearchProgress, SearchReport } from './search';
export { ALL_REDUCTIONS, NO_REDUCTIONS } from './steps';
export type { Reductions } from './steps';
export { counterexampleScenario } from './scenario';
export { serveExplore } from './protocol';
export type { Explorer, ExploreMessage, ExploreRequest } from './protocol';
