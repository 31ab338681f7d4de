import type { Input, Violation } from '../../engine';
import type { ScheduleStep } from '../shrink';
import { replaySchedule, scheduleOf, shrinkSchedule } from '../shrink';
import type { StopReason } from './bfs';
import { bfs } from './bfs';
import type { ExploreModel, Target } from './model';
import { breaks, MODEL_SEED, modelConfig, modelProtocol, modelRequests } from './model';
import { logBfs } from './logBfs';
import { stepsOf } from './moves';
import type { Limits, RandomPhase, Reductions } from './searchOptions';
import { randomWalks } from './random';
import { collisionChance } from './visited';

export interface SearchOptions {
  target: Target;
  reductions: Reductions;
  /** Limits of the exhaustive phase. */
  limits: Limits;
  /** Seeded random schedules first, or none. */
  random: RandomPhase | null;
  stopAtFirst: boolean;
  clock: () => number;
  onProgress?: (progress: SearchProgress) => void;
  /**
   * A counterexample from the random phase, shrunk, before the exhaustive phase looks for a
   * shorter one: a page can show it at once instead of after the whole search.
   */
  onFound?: (found: Counterexample) => void;
  cancelled?: () => boolean;
}

export interface SearchProgress {
  phase: 'random' | 'exhaustive';
  walks: number;
  states: number;
  transitions: number;
  depth: number;
  elapsedMs: number;
  /** How much of its limits the search has used, from 0 to 1. */
  used: number;
}

export interface Counterexample {
  /** From a fresh world of the model, the clients' requests first; replays with replaySchedule. */
  steps: ScheduleStep[];
  /** What replaying the steps breaks (the first target invariant it breaks). */
  violation: Violation;
  found: 'random' | 'exhaustive';
  /** Steps before shrinking (the same as steps.length for the exhaustive search's, already shortest). */
  unshrunk: number;
  /** Messages delivered, and faults (losses, copies, crashes, restarts, partitions, heals). */
  deliveries: number;
  faults: number;
  timeouts: number;
}

export interface SearchReport {
  model: ExploreModel;
  target: Target;
  /** Distinct states the exhaustive search reached (counted once, see fingerprint.ts). */
  states: number;
  transitions: number;
  /** Distinct states that break the target (1 when only a random schedule found one). */
  violations: number;
  /** The longest schedule the exhaustive search extended a state with. */
  depth: number;
  statesPerSecond: number;
  transitionsPerSecond: number;
  elapsedMs: number;
  /** True when every state within the bounds was explored. */
  complete: boolean;
  stoppedBy: StopReason;
  walks: number;
  counterexample: Counterexample | null;
  /** The chance that two distinct states shared a fingerprint, so one went unexplored. */
  collisionChance: number;
  memoryBytes: number;
}

const perSecond = (count: number, ms: number): number =>
  ms > 0 ? Math.round((count * 1000) / ms) : 0;

/**
 * Looks for a schedule that breaks a target invariant: first seeded random schedules (quick,
 * and useful where the exhaustive search cannot reach), then breadth-first search of every
 * schedule within the bounds, which gives a shortest counterexample or, when it finishes, the
 * bounded claim that there is none. A random counterexample is shrunk; the exhaustive one
 * already is as short as any (when both exist, the shorter is kept).
 */
export function search(model: ExploreModel, options: SearchOptions): SearchReport {
  const { clock, target } = options;
  const started = clock();
  const random =
    options.random === null
      ? null
      : randomWalks(model, {
          ...options.random,
          target,
          reductions: options.reductions,
          clock,
          cancelled: options.cancelled,
          onProgress: (walks) =>
            options.onProgress?.({
              phase: 'random',
              walks,
              states: 0,
              transitions: 0,
              depth: 0,
              elapsedMs: clock() - started,
              used: walks / options.random!.walks,
            }),
        });
  const fromWalk = random?.found == null ? null : shrunk(model, target, random.found);
  if (fromWalk !== null) options.onFound?.(fromWalk);
  const exhaustive = (modelProtocol(model) === 'basic' ? bfs : logBfs)(model, {
    ...options.limits,
    target,
    reductions: options.reductions,
    stopAtFirst: options.stopAtFirst,
    clock,
    cancelled: options.cancelled,
    onProgress: (p) =>
      options.onProgress?.({
        phase: 'exhaustive',
        walks: random?.walks ?? 0,
        ...p,
        used: Math.min(
          1,
          Math.max(p.states / options.limits.statesMax, p.elapsedMs / options.limits.timeMaxMs),
        ),
      }),
  });
  const fromSearch =
    exhaustive.moves === null
      ? null
      : counterexample(
          model,
          target,
          [
            ...modelRequests(model),
            ...exhaustive.moves.flatMap((move) => stepsOf(move, exhaustive)),
          ],
          'exhaustive',
        );
  const best =
    fromSearch !== null && (fromWalk === null || fromSearch.steps.length <= fromWalk.steps.length)
      ? fromSearch
      : fromWalk;
  return {
    model,
    target,
    states: exhaustive.states,
    transitions: exhaustive.transitions,
    violations: Math.max(exhaustive.violations, best === null ? 0 : 1),
    depth: exhaustive.depth,
    statesPerSecond: perSecond(exhaustive.states, exhaustive.elapsedMs),
    transitionsPerSecond: perSecond(exhaustive.transitions, exhaustive.elapsedMs),
    elapsedMs: clock() - started,
    complete: exhaustive.stoppedBy === 'exhausted',
    stoppedBy: exhaustive.stoppedBy,
    walks: random?.walks ?? 0,
    counterexample: best,
    collisionChance: collisionChance(exhaustive.states),
    memoryBytes: exhaustive.memoryBytes,
  };
}

/** A random schedule that broke the target, with every step it does not need removed. */
function shrunk(model: ExploreModel, target: Target, inputs: Input[]): Counterexample {
  const config = modelConfig(model);
  const steps = scheduleOf(config, MODEL_SEED, inputs);
  const invariant = replaySchedule(config, MODEL_SEED, steps).world.violations.find((v) =>
    target.includes(v.invariant),
  )!.invariant;
  const small = shrinkSchedule(config, MODEL_SEED, steps, (world) => breaks(world, [invariant]));
  return { ...counterexample(model, [invariant], small, 'random'), unshrunk: steps.length };
}

function counterexample(
  model: ExploreModel,
  target: Target,
  steps: ScheduleStep[],
  found: Counterexample['found'],
): Counterexample {
  const { world } = replaySchedule(modelConfig(model), MODEL_SEED, steps);
  const violation = world.violations.find((v) => target.includes(v.invariant));
  // The search ran this very schedule on the same engine: not breaking again is a bug here.
  if (violation === undefined) throw new Error('a counterexample did not replay to its violation');
  const count = (kinds: string[]) => steps.filter((s) => kinds.includes(s.kind)).length;
  return {
    steps,
    violation,
    found,
    unshrunk: steps.length,
    deliveries: count(['deliver']),
    faults: count(['drop', 'duplicate', 'crash', 'restart', 'partition', 'heal']),
    timeouts: count(['timeout']),
  };
}
