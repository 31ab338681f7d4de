import type { Input } from '../../engine';
import { apply, chance, cloneWorld, randomInt, seedRng } from '../../engine';
import type { Used } from '../enabled';
import { NOTHING_USED, spend } from '../enabled';
import type { ExploreModel, Target } from './model';
import { breaks, initialWorld, modelRequests } from './model';
import type { Reductions } from './searchOptions';
import { nextSteps } from './steps';

export interface RandomOptions {
  target: Target;
  /** Symmetry does not matter to a walk; dominance skips the same steps as the search does. */
  reductions: Reductions;
  seed: number;
  /** How many schedules to try at most, and how long each may grow. */
  walks: number;
  stepsMax: number;
  timeMaxMs: number;
  clock: () => number;
  cancelled?: () => boolean;
  onProgress?: (walks: number) => void;
}

export interface RandomOutcome {
  walks: number;
  steps: number;
  elapsedMs: number;
  /** The inputs of the first schedule that broke the target, opening requests included. */
  found: Input[] | null;
}

/** How often a walk picks a delivery rather than anything enabled: real schedules are mostly deliveries. */
const DELIVER_CHANCE = 0.75;

/**
 * Seeded random schedules, before the exhaustive search: cheap, and often quick to stumble on
 * a broken rule in a model too big to search whole. Walk i uses the seed `seed + i`, so a
 * walk that fails can be replayed alone. Walks take the steps the exhaustive search takes.
 */
export function randomWalks(model: ExploreModel, options: RandomOptions): RandomOutcome {
  const started = options.clock();
  const initial = initialWorld(model);
  const opening = modelRequests(model);
  let steps = 0;
  let walk = 0;
  for (; walk < options.walks; walk++) {
    if ((walk & 63) === 63) {
      if (options.cancelled?.() === true) break;
      if (options.clock() - started >= options.timeMaxMs) break;
      options.onProgress?.(walk);
    }
    const rng = seedRng((options.seed + walk) >>> 0);
    const world = cloneWorld(initial);
    const inputs: Input[] = [...opening];
    let used: Used = NOTHING_USED;
    for (let step = 0; step < options.stepsMax; step++) {
      const enabled = nextSteps(world, model, used, options.reductions);
      if (enabled.length === 0) break;
      const deliveries = enabled.filter((step) => step[0]!.kind === 'deliver');
      const pool = deliveries.length > 0 && chance(rng, DELIVER_CHANCE) ? deliveries : enabled;
      const step = pool[randomInt(rng, 0, pool.length - 1)]!;
      for (const input of step) apply(world, input, null);
      inputs.push(...step);
      used = spend(used, step[0]!);
      steps++;
      if (breaks(world, options.target))
        return { walks: walk + 1, steps, elapsedMs: options.clock() - started, found: inputs };
    }
  }
  return { walks: walk, steps, elapsedMs: options.clock() - started, found: null };
}
