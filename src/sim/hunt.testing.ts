import fc from 'fast-check';
import { expect } from 'vitest';
import type { Invariant, World, WorldConfig } from '../engine';
import { apply, createWorld } from '../engine';
import type { Choice } from './choices';
import { runChoices } from './choices';
import type { Bounds } from './enabled';
import type { ScheduleStep } from './shrink';
import { replaySchedule, scheduleOf, shrinkSchedule } from './shrink';

/**
 * Mostly deliveries, sometimes anything: the shape of real schedules, and what shrinks well.
 * `reach` bounds the choice numbers, which are taken modulo what is enabled.
 */
export function schedule(
  maxLength: number,
  reach: { deliver: number; any: number },
): fc.Arbitrary<Choice[]> {
  const choice = fc.oneof(
    { weight: 6, arbitrary: fc.nat({ max: reach.deliver }).map((deliver) => ({ deliver })) },
    { weight: 1, arbitrary: fc.nat({ max: reach.any }).map((any) => ({ any })) },
  );
  return fc.array(choice, { maxLength, size: 'max' });
}

export const EVERY_FAULT: Bounds = {
  maxBallot: 8,
  crashes: 3,
  drops: 6,
  duplicates: 4,
  partitions: 2,
};

export interface Hunted {
  invariant: Invariant;
  /** The shrunk schedule, 1-minimal: without any one of its steps the rule is kept. */
  shrunk: ScheduleStep[];
  /** How many inputs the schedule fast-check found had. */
  found: number;
}

/**
 * Hunts a rule break the way the lab does: fast-check finds a schedule that breaks an invariant,
 * the shrinker removes content-named steps until each one is needed, and the short schedule
 * replays (twice, through the engine alone) to the same break.
 */
export function huntAndShrink(
  worldConfig: WorldConfig,
  bounds: Bounds,
  choices: fc.Arbitrary<Choice[]>,
): Hunted {
  const result = fc.check(
    fc.property(fc.nat(), choices, (seed, picked) => {
      return runChoices(worldConfig, seed, bounds, picked).world.violations.length === 0;
    }),
    { numRuns: 3000, seed: 42 },
  );
  expect(result.failed).toBe(true);
  const [seed, picked] = result.counterexample!;
  const run = runChoices(worldConfig, seed, bounds, picked);
  const invariant = run.world.violations[0]!.invariant;
  const breaks = (world: World) => world.violations.some((v) => v.invariant === invariant);
  const shrunk = shrinkSchedule(
    worldConfig,
    seed,
    scheduleOf(worldConfig, seed, run.inputs),
    breaks,
  );
  const replay = replaySchedule(worldConfig, seed, shrunk);
  expect(breaks(replay.world)).toBe(true);
  const again = createWorld(worldConfig, seed);
  for (const input of replay.inputs) apply(again, input, null);
  expect(again.violations).toEqual(replay.world.violations);
  for (let i = 0; i < shrunk.length; i++)
    expect(breaks(replaySchedule(worldConfig, seed, shrunk.toSpliced(i, 1)).world)).toBe(false);
  return { invariant, shrunk, found: run.inputs.length };
}
