import type { World } from '../../engine';
import { apply, cloneWorld, randomInt, seedRng } from '../../engine';
import type { Used } from '../enabled';
import { NOTHING_USED, spend } from '../enabled';
import type { ExploreModel } from './model';
import { initialWorld } from './model';
import { NO_REDUCTIONS } from './searchOptions';
import { nextSteps } from './steps';

/**
 * Worlds a model reaches, for tests that check something of every state: `count` states
 * along seeded random schedules (every step the literal search would try), each a copy.
 */
export function walkStates(model: ExploreModel, count: number, seed: number): World[] {
  const rng = seedRng(seed);
  const states: World[] = [];
  while (states.length < count) {
    const world = initialWorld(model);
    let used: Used = NOTHING_USED;
    for (;;) {
      const steps = nextSteps(world, model, used, NO_REDUCTIONS);
      if (steps.length === 0 || states.length >= count) break;
      const step = steps[randomInt(rng, 0, steps.length - 1)]!;
      for (const input of step) apply(world, input, null);
      used = spend(used, step[0]!);
      states.push(cloneWorld(world));
    }
  }
  return states;
}
