import { describe, expect, it } from 'vitest';
import type { Bug } from '../../engine';
import { apply, BUGS, createWorld } from '../../engine';
import { replaySchedule } from '../shrink';
import type { ExploreModel } from './model';
import { AGREEMENT_ONLY, LAB_MODEL, MODEL_SEED, modelConfig } from './model';
import type { SearchOptions } from './search';
import { search } from './search';
import { ALL_REDUCTIONS } from './searchOptions';

function options(overrides: Partial<SearchOptions> = {}): SearchOptions {
  let now = 0;
  return {
    target: AGREEMENT_ONLY,
    reductions: ALL_REDUCTIONS,
    limits: { statesMax: 2_000_000, timeMaxMs: Number.POSITIVE_INFINITY },
    random: null,
    stopAtFirst: true,
    clock: () => now++,
    ...overrides,
  };
}

const withBug = (bug: Bug): ExploreModel => ({ ...LAB_MODEL, bugs: [bug] });

/**
 * The fewest engine inputs that show each break in the lab's model, the two clients' requests
 * included: the breadth-first search proves these are shortest. Four of them agree with the
 * hand count in properties.test.ts (16, 10, 16, 16). A forgetful acceptor needs two more
 * than the 16 of ignoring a promised value: its crash and its restart, and then no acceptor
 * of the second quorum remembers the value of the first.
 */
const SHORTEST: Record<Bug, number> = {
  'ignore-promised-values': 16,
  'amnesiac-acceptor': 18,
  'minority-quorum': 10,
  'accept-any-ballot': 16,
  'shared-ballots': 16,
};

// Searches take seconds, more on a busy machine: the cap is generous, never a measure.
describe('search for a counterexample', { timeout: 30_000 }, () => {
  it.each([...BUGS])(
    'finds the shortest run that breaks agreement with %s, and it replays',
    (bug) => {
      const model = withBug(bug);
      const report = search(model, options());
      const found = report.counterexample!;
      expect(found.found).toBe('exhaustive');
      expect(found.violation.invariant).toBe('Agreement');
      expect(found.steps.length).toBe(SHORTEST[bug]);
      expect(found.unshrunk).toBe(found.steps.length);
      // The steps name messages by content; replayed from scratch they break agreement just so.
      const replay = replaySchedule(modelConfig(model), MODEL_SEED, found.steps);
      expect(replay.world.violations.find((v) => v.invariant === 'Agreement')).toEqual(
        found.violation,
      );
      // And the engine inputs of that replay, applied by hand, do the same: nothing hidden in the replayer.
      const again = createWorld(modelConfig(model), MODEL_SEED);
      for (const input of replay.inputs) apply(again, input, null);
      expect(again.violations).toEqual(replay.world.violations);
      expect(report).toMatchObject({ complete: false, stoppedBy: 'violation', violations: 1 });
      expect(found.deliveries + found.faults + found.timeouts + 2).toBe(found.steps.length);
    },
  );

  it.each([...BUGS])(
    'shrinks what random schedules find with %s to a run that replays to the same break',
    (bug) => {
      const model = withBug(bug);
      // No room for the exhaustive search: the random phase has to find it.
      const report = search(
        model,
        options({
          limits: { statesMax: 1, timeMaxMs: Number.POSITIVE_INFINITY },
          random: { walks: 5000, stepsMax: 60, timeMaxMs: Number.POSITIVE_INFINITY, seed: 1 },
        }),
      );
      const found = report.counterexample!;
      expect(found.found).toBe('random');
      expect(found.steps.length).toBeLessThan(found.unshrunk);
      expect(found.steps.length).toBeGreaterThanOrEqual(SHORTEST[bug]);
      const replay = replaySchedule(modelConfig(model), MODEL_SEED, found.steps);
      expect(replay.world.violations.find((v) => v.invariant === 'Agreement')).toEqual(
        found.violation,
      );
      // 1-minimal: without any one of its steps the run no longer breaks agreement.
      for (let i = 0; i < found.steps.length; i++) {
        const without = replaySchedule(modelConfig(model), MODEL_SEED, found.steps.toSpliced(i, 1));
        expect(without.world.violations.some((v) => v.invariant === 'Agreement')).toBe(false);
      }
    },
  );

  it('with every rule kept, searches the whole bounded space and finds nothing', () => {
    const model: ExploreModel = { ...LAB_MODEL, bounds: { ...LAB_MODEL.bounds, maxBallot: 2 } };
    const report = search(
      model,
      options({ random: { walks: 200, stepsMax: 60, timeMaxMs: Infinity, seed: 9 } }),
    );
    expect(report).toMatchObject({
      complete: true,
      stoppedBy: 'exhausted',
      violations: 0,
      counterexample: null,
      walks: 200,
    });
    expect(report.states).toBeGreaterThan(1000);
    expect(report.collisionChance).toBeLessThan(1e-9);
  });
});
