import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MultiPaxosBug, Quorums, WorldConfig } from '../engine';
import { appliedValues } from '../engine';
import { runChoices } from './choices';
import type { Bounds } from './enabled';
import { FAULTS, fuzzScenario } from './fuzz';
import { simulate } from './run';
import { EVERY_FAULT, huntAndShrink, schedule } from './hunt.testing';

function config(
  acceptors: number,
  proposers: number,
  bugs: MultiPaxosBug[] = [],
  quorums?: Quorums,
): WorldConfig {
  return {
    nodes: { clients: proposers, proposers, acceptors, learners: 2 },
    network: { delay: [1, 1], drop: 0, duplicate: 0 },
    proposer: { timeout: 5, backoff: [0, 3], heartbeat: 3, window: 2 },
    bugs,
    protocol: 'multi-paxos',
    client: { retry: 8 },
    ...(quorums === undefined ? {} : { quorums }),
  };
}

// The machine may be shared: each property gets a minute, though it takes seconds alone.

/** How far a choice reaches into what is enabled. */
const REACH = { deliver: 12, any: 80 };

describe('Multi-Paxos safety over random schedules', () => {
  it('holds for every schedule of deliveries, losses, copies, crashes, partitions, timeouts and retries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.nat(),
        schedule(200, REACH),
        (acceptors, proposers, seed, choices) => {
          const { world } = runChoices(config(acceptors, proposers), seed, EVERY_FAULT, choices);
          expect(world.violations).toEqual([]);
        },
      ),
      { numRuns: 250 },
    );
  }, 60_000);

  it('holds for timed runs of random scenarios with random faults, flexible quorums included', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.subarray([...FAULTS]),
        fc.boolean(),
        (seed, acceptors, proposers, faults, flexible) => {
          // A flexible pair that still overlaps: the smallest phase 2 quorum and its complement.
          const quorums = flexible ? { phase1: acceptors, phase2: 1 } : undefined;
          const options = {
            acceptors,
            proposers,
            faults,
            bugs: [],
            protocol: 'multi-paxos' as const,
          };
          const scenario = fuzzScenario(seed, { ...options, ...(quorums && { quorums }) });
          expect(simulate(scenario, seed, null).world.violations).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('applies every command once at every replica when the network is reliable', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        (seed, acceptors, proposers) => {
          const scenario = fuzzScenario(seed, {
            acceptors,
            proposers,
            faults: [],
            bugs: [],
            protocol: 'multi-paxos',
          });
          const { world } = simulate(scenario, seed, null);
          const requested = scenario.script.flatMap((e) =>
            'request' in e ? [e.request.value] : [],
          );
          for (const replica of world.multi!.replicas)
            expect(appliedValues(replica).sort()).toEqual([...requested].sort());
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});

/**
 * Per rule break, the system that can show it with no fault. `no-dedup` needs a retry chosen
 * after its first copy and before any answer arrives, a schedule random search rarely draws:
 * the mp-retry-dedup preset's test shows it caught (presets-multi.test.ts).
 */
const HUNT = {
  'ignore-promised-slots': config(3, 2, ['ignore-promised-slots']),
  'skip-holes': config(3, 2, ['skip-holes']),
  'out-of-order-apply': config(3, 1, ['out-of-order-apply']),
  'broken-quorums': config(3, 2, [], { phase1: 1, phase2: 2 }),
} as const;

/** The invariant each break is caught by first. */
const BROKEN: Record<keyof typeof HUNT, string> = {
  'ignore-promised-slots': 'Agreement',
  'skip-holes': 'NoHoles',
  'out-of-order-apply': 'SlotOrder',
  'broken-quorums': 'Agreement',
};

const NONE: Bounds = { maxBallot: 4, crashes: 0, drops: 0, duplicates: 0, partitions: 0 };

describe.each(Object.keys(HUNT) as (keyof typeof HUNT)[])('rule break %s', (bug) => {
  it('is caught, and fast-check shrinks the schedule that shows it to a 1-minimal one', () => {
    const { invariant, shrunk, found } = huntAndShrink(HUNT[bug], NONE, schedule(80, REACH));
    expect(invariant).toBe(BROKEN[bug]);
    expect(shrunk.length).toBeLessThan(found);
  }, 60_000);
});
