import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bug, WorldConfig } from '../engine';
import { BUGS } from '../engine';
import { runChoices } from './choices';
import type { Bounds } from './enabled';
import { FAULTS, fuzzScenario } from './fuzz';
import { simulate } from './run';
import { EVERY_FAULT, huntAndShrink, schedule } from './hunt.testing';

function config(acceptors: number, proposers: number, bugs: Bug[] = []): WorldConfig {
  return {
    nodes: { clients: proposers, proposers, acceptors, learners: 2 },
    network: { delay: [1, 1], drop: 0, duplicate: 0 },
    proposer: { timeout: 5, backoff: [0, 3] },
    bugs,
  };
}

/** How far a choice reaches into what is enabled. */
const REACH = { deliver: 8, any: 60 };

describe('safety over random schedules', () => {
  it('holds for every schedule of deliveries, losses, copies, crashes, restarts, partitions and timeouts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.nat(),
        schedule(150, REACH),
        (acceptors, proposers, seed, choices) => {
          const { world } = runChoices(config(acceptors, proposers), seed, EVERY_FAULT, choices);
          expect(world.violations).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('holds for timed runs of random scenarios with random faults', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        fc.subarray([...FAULTS]),
        (seed, acceptors, proposers, faults) => {
          const scenario = fuzzScenario(seed, { acceptors, proposers, faults, bugs: [] });
          expect(simulate(scenario, seed, null).world.violations).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reaches a decision when the network is reliable, so safety is not bought with silence', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        (seed, acceptors, proposers) => {
          const { world } = simulate(
            fuzzScenario(seed, { acceptors, proposers, faults: [], bugs: [] }),
            seed,
            null,
          );
          expect(world.ghost.chosen.length).toBeGreaterThan(0);
          expect(
            world.learners.every((l) => l.learned?.value === world.ghost.chosen[0]!.value),
          ).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Per rule break: the smallest system and the fault kinds that can show it. */
const HUNT: Record<Bug, { acceptors: number; bounds: Bounds }> = {
  'ignore-promised-values': {
    acceptors: 3,
    bounds: { maxBallot: 4, crashes: 0, drops: 0, duplicates: 0, partitions: 0 },
  },
  'amnesiac-acceptor': {
    acceptors: 3,
    bounds: { maxBallot: 4, crashes: 1, drops: 0, duplicates: 0, partitions: 0 },
  },
  'minority-quorum': {
    acceptors: 3,
    bounds: { maxBallot: 4, crashes: 0, drops: 0, duplicates: 0, partitions: 0 },
  },
  'accept-any-ballot': {
    acceptors: 3,
    bounds: { maxBallot: 4, crashes: 0, drops: 0, duplicates: 0, partitions: 0 },
  },
  'shared-ballots': {
    acceptors: 3,
    bounds: { maxBallot: 4, crashes: 0, drops: 0, duplicates: 0, partitions: 0 },
  },
};

/**
 * The length of the shortest schedule that shows each break, counted by hand (opening requests
 * included). ignore-promised-values: P1 gets X accepted by two acceptors (Request,
 * 2 Prepare, 2 Promise, 2 Accept) and P2 then does the same for Y (7 more). amnesiac-acceptor:
 * Request, Prepare, crash, restart. minority-quorum (quorum 1 of 3): each proposer needs
 * Request, Prepare, Promise and Accept at one acceptor. Removal-based shrinking stops at a
 * 1-minimal schedule, which may tell a slightly longer story than the shortest.
 */
const MINIMAL: Record<Bug, number> = {
  'ignore-promised-values': 16,
  'amnesiac-acceptor': 5,
  'minority-quorum': 10,
  'accept-any-ballot': 16,
  'shared-ballots': 16,
};

describe.each([...BUGS])('rule break %s', (bug) => {
  it('is caught, and fast-check shrinks the schedule that shows it', () => {
    const { acceptors, bounds } = HUNT[bug];
    const worldConfig = config(acceptors, 2, [bug]);
    const { shrunk } = huntAndShrink(worldConfig, bounds, schedule(60, REACH));
    expect(shrunk.length).toBeGreaterThanOrEqual(MINIMAL[bug]);
    expect(shrunk.length).toBeLessThanOrEqual(MINIMAL[bug] + 4);
  });
});
