import { describe, expect, it } from 'vitest';
import type { Invariant, MultiPaxosBug } from '../../engine';
import { cloneWorld, MULTI_PAXOS_BUGS } from '../../engine';
import { NOTHING_USED } from '../enabled';
import { replaySchedule } from '../shrink';
import { IntList } from './intlist';
import { LogCodec } from './logCodec';
import type { ExploreModel } from './model';
import { LOG_MODEL, LOG_MODEL_INVARIANTS, MODEL_SEED, modelConfig } from './model';
import type { SearchOptions } from './search';
import { search } from './search';
import { ALL_REDUCTIONS } from './searchOptions';
import { walkStates } from './testing.testing';

function options(overrides: Partial<SearchOptions> = {}): SearchOptions {
  let now = 0;
  return {
    target: LOG_MODEL_INVARIANTS,
    reductions: ALL_REDUCTIONS,
    limits: { statesMax: 200_000, timeMaxMs: Number.POSITIVE_INFINITY },
    random: null,
    stopAtFirst: true,
    clock: () => now++,
    ...overrides,
  };
}

/** What each Multi-Paxos rule break spoils first. */
const BROKEN: Record<MultiPaxosBug, Invariant> = {
  'ignore-promised-slots': 'Agreement',
  'skip-holes': 'NoHoles',
  'no-dedup': 'AppliedOnce',
  'out-of-order-apply': 'SlotOrder',
};

/**
 * A model small enough for a test: one proposer (so ballot 1 only), its client sending both
 * commands, no crash and no retry; searched whole with one slot. The full model (LOG_MODEL)
 * is many millions of states, because every order in which Accepted messages arrive at the
 * leader and the replica is a state of its own (there is no partial-order reduction yet): its
 * counterexamples are found by the random phase here, and `explore --protocol multi-paxos`
 * searches it breadth first within its limits.
 */
const SMALL: ExploreModel = {
  ...LOG_MODEL,
  proposers: 1,
  bounds: { ...LOG_MODEL.bounds, maxBallot: 1, crashes: 0, retries: 0 },
};

// Searches take seconds, more on a busy machine: the cap is generous, never a measure.
describe('search of a Multi-Paxos model', { timeout: 60_000 }, () => {
  it.each([...MULTI_PAXOS_BUGS])(
    'finds a run of the full model that %s spoils, and it replays',
    (bug) => {
      const model: ExploreModel = { ...LOG_MODEL, bugs: [bug] };
      const random = { walks: 2000, stepsMax: 80, timeMaxMs: Number.POSITIVE_INFINITY, seed: 1 };
      const report = search(model, options({ random, limits: { statesMax: 1, timeMaxMs: 1e9 } }));
      const found = report.counterexample!;
      expect(found.violation.invariant).toBe(BROKEN[bug]);
      const replay = replaySchedule(modelConfig(model), MODEL_SEED, found.steps);
      expect(replay.world.violations.map((v) => v.invariant)).toContain(BROKEN[bug]);
    },
  );

  it('finds two values chosen in one slot when the quorums need not meet (q1 + q2 ≤ N)', () => {
    const model: ExploreModel = { ...LOG_MODEL, quorums: { phase1: 1, phase2: 2 } };
    const random = { walks: 2000, stepsMax: 80, timeMaxMs: Number.POSITIVE_INFINITY, seed: 1 };
    const report = search(model, options({ random, limits: { statesMax: 1, timeMaxMs: 1e9 } }));
    expect(report.counterexample!.violation.detail).toMatch(/^In slot \d, .* was chosen/);
  });

  it('covers a one-slot model whole with every rule kept, and finds nothing', () => {
    const report = search({ ...SMALL, slots: 1 }, options());
    expect(report.complete).toBe(true);
    expect(report.violations).toBe(0);
    expect(report.states).toBeGreaterThan(100);
  });

  it('finds the shortest run that applies out of order in the small model', () => {
    const report = search({ ...SMALL, bugs: ['out-of-order-apply'] }, options());
    const found = report.counterexample!;
    expect(found.found).toBe('exhaustive');
    expect(found.violation.invariant).toBe('SlotOrder');
    // C1's two requests, P1's Prepare and its promises, both Accepts, slot 2's quorum of
    // Accepted at L1: slot 2 is learned, and applied, before slot 1.
    expect(found.steps.length).toBe(12);
  });
});

describe('the Multi-Paxos state codec', () => {
  it('rebuilds every state it encodes, and a step re-read in part encodes as one read whole', () => {
    const worlds = walkStates({ ...LOG_MODEL, bugs: [] }, 300, 7);
    const codec = new LogCodec(worlds[0]!);
    const scratch = cloneWorld(worlds[0]!);
    for (const world of worlds) {
      codec.adopt(world);
      const first = new IntList();
      codec.encode(world, NOTHING_USED, first);
      const [h1, h2] = [codec.h1, codec.h2];
      const used = { ...NOTHING_USED };
      codec.decodeInto(scratch, first.data, 0, used);
      const again = new IntList();
      codec.encode(scratch, used, again);
      expect([...again.data.subarray(0, again.length)]).toEqual([
        ...first.data.subarray(0, first.length),
      ]);
      expect([codec.h1, codec.h2]).toEqual([h1, h2]);
      // Read again in part (only the first acceptor): the same integers, since nothing changed.
      const part = new IntList();
      codec.encode(scratch, used, part, first.data, 0, codec.place(scratch, 'A1'));
      expect(part.length).toBe(first.length);
    }
  });
});
