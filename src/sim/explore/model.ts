import type { Bug, Invariant, World, WorldConfig } from '../../engine';
import { apply, createWorld, isBug } from '../../engine';
import { openingRequests } from '../choices';
import type { Bounds } from '../enabled';
import type { Limits, RandomPhase } from './searchOptions';

/**
 * What a search explores: a system of `acceptors` acceptors and `proposers` proposers, each
 * proposer with its own client asking it for its own value (X, Y, …) at the start, with the
 * given rules broken, over every schedule the bounds allow. Learners are left out: whether a
 * value is chosen is decided by the acceptors' votes, and learners never talk back to them.
 */
export interface ExploreModel {
  acceptors: number;
  proposers: number;
  bugs: readonly Bug[];
  bounds: Bounds;
}

/** The invariants a search looks for; a state that breaks one of them ends its schedule. */
export type Target = readonly Invariant[];

export const AGREEMENT_ONLY: Target = ['Agreement'];
/** Every invariant a model can break (learners are left out, so learner consistency is not here). */
export const MODEL_INVARIANTS: Target = [
  'Agreement',
  'Validity',
  'PromiseMonotonicity',
  'AcceptedWithinPromise',
];

/**
 * The size the lab opens with. Loss, partitions and copies are off: for safety a lost message
 * is the same as one never delivered, which every schedule already includes, so they would add
 * states but no behaviour. One crash is what a forgetful acceptor needs to show its break.
 */
export const LAB_MODEL: ExploreModel = {
  acceptors: 3,
  proposers: 2,
  bugs: [],
  bounds: { maxBallot: 3, crashes: 1, drops: 0, duplicates: 0, partitions: 0 },
};

/** The lab's limits: a search that would take longer than a minute stops and says so. */
export const LAB_LIMITS: Limits = { statesMax: 4_000_000, timeMaxMs: 60_000 };
/** The lab tries this many seeded random schedules before searching them all. */
export const LAB_RANDOM: RandomPhase = { walks: 2000, stepsMax: 60, timeMaxMs: 1500, seed: 1 };

/** Ranges a model must stay in: beyond them the state space is far past any limit. */
export const MODEL_LIMITS = {
  acceptors: [1, 5],
  proposers: [1, 3],
  maxBallot: [1, 12],
  faults: [0, 4],
} as const;

/** Why a model cannot be searched (a sentence), or null when it can. */
export function modelProblem(model: ExploreModel): string | null {
  const ranges: [string, number, readonly [number, number]][] = [
    ['acceptors', model.acceptors, MODEL_LIMITS.acceptors],
    ['proposers', model.proposers, MODEL_LIMITS.proposers],
    ['maxBallot', model.bounds.maxBallot, MODEL_LIMITS.maxBallot],
    ['crashes', model.bounds.crashes, MODEL_LIMITS.faults],
    ['drops', model.bounds.drops, MODEL_LIMITS.faults],
    ['duplicates', model.bounds.duplicates, MODEL_LIMITS.faults],
    ['partitions', model.bounds.partitions, MODEL_LIMITS.faults],
  ];
  for (const [name, value, [min, max]] of ranges) {
    if (!Number.isInteger(value) || value < min || value > max)
      return `${name} is ${value}; it must be a whole number from ${min} to ${max}`;
  }
  const unknown = model.bugs.find((bug) => !isBug(bug));
  return unknown === undefined ? null : `unknown rule break ${JSON.stringify(unknown)}`;
}

/**
 * The engine's configuration for a model. The network is deterministic (one tick, no random
 * loss or copies) and the backoff is fixed, so the world's random generator is never drawn
 * from: every bit of nondeterminism is an explicit input the search chooses.
 */
export function modelConfig(model: ExploreModel, learners = 0): WorldConfig {
  return {
    nodes: {
      clients: model.proposers,
      proposers: model.proposers,
      acceptors: model.acceptors,
      learners,
    },
    network: { delay: [1, 1], drop: 0, duplicate: 0 },
    proposer: { timeout: 5, backoff: [0, 0] },
    bugs: [...model.bugs],
  };
}

/** The seed of every model world (nothing is ever drawn from it, see modelConfig). */
export const MODEL_SEED = 1;

/** The world every schedule starts from: each client has sent its request. */
export function initialWorld(model: ExploreModel): World {
  const config = modelConfig(model);
  const world = createWorld(config, MODEL_SEED);
  for (const request of openingRequests(config)) apply(world, request, null);
  return world;
}

/** Whether the world breaks one of the target invariants (after the last step). */
export function breaks(world: World, target: Target): boolean {
  return world.violations.length > 0 && world.violations.some((v) => target.includes(v.invariant));
}
