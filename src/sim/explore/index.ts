/**
 * The exhaustive search. Its files depend on each other in one line, each only on files
 * before it (no import circle): options, model, hash, intlist, visited, intern, inert, steps,
 * fields, fingerprint, codec, moves, bfs, logCodec, logBfs, random, search, scenario, protocol.
 */
export {
  LAB_MODEL,
  LOG_MODEL,
  LOG_MODEL_INVARIANTS,
  MODEL_INVARIANTS,
  MODEL_LIMITS,
  modelInvariants,
} from './model';
export type { ExploreModel } from './model';
export { search } from './search';
export type { Counterexample, SearchProgress, SearchReport } from './search';
export { ALL_REDUCTIONS, NO_REDUCTIONS } from './searchOptions';
export type { Limits, RandomPhase, Reductions } from './searchOptions';
export { counterexampleScenario } from './scenario';
export { serveExplore } from './protocol';
export type { Explorer, ExploreMessage, ExploreRequest } from './protocol';
