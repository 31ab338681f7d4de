import { describe, expect, it } from 'vitest';
import type { BfsOptions } from './bfs';
import { bfs } from './bfs';
import type { ExploreModel } from './model';
import { AGREEMENT_ONLY, LAB_MODEL } from './model';
import { ALL_REDUCTIONS, NO_REDUCTIONS } from './searchOptions';

const NO_FAULTS = { crashes: 0, drops: 0, duplicates: 0, partitions: 0 };

/** A clock that moves one millisecond each time it is read: limits and progress without real time. */
function tickingClock(): () => number {
  let now = 0;
  return () => now++;
}

function options(overrides: Partial<BfsOptions> = {}): BfsOptions {
  return {
    target: AGREEMENT_ONLY,
    reductions: NO_REDUCTIONS,
    stopAtFirst: true,
    statesMax: 1_000_000,
    timeMaxMs: Number.POSITIVE_INFINITY,
    clock: tickingClock(),
    ...overrides,
  };
}

// Searches take seconds, more on a busy machine: the cap is generous, never a measure.
describe('exhaustive search', { timeout: 30_000 }, () => {
  /*
   * One acceptor, one proposer (with its client's request in flight), ballots up to 1, no
   * faults. By hand, with "P1 backoff" meaning P1 gave up ballot 1 and has none left to try:
   *   s0 Request in flight                       -> deliver it: s1
   *   s1 P1 prepares 1, Prepare in flight        -> deliver: s2; P1 times out: s3
   *   s2 A1 promised 1, Promise in flight        -> deliver: s4; time out: s5
   *   s3 P1 backoff, Prepare in flight           -> deliver: A1 promises, but the Promise is
   *                                                 inert (P1 left ballot 1): that is s5 again
   *   s4 P1 accepts X in 1, Accept in flight     -> deliver: s7; time out: s8
   *   s5 P1 backoff, A1 promised 1               -> nothing is enabled
   *   s7 A1 accepted (1,X): X is chosen;
   *      Accepted in flight                      -> deliver: s9; time out: s10
   *   s8 P1 backoff, Accept in flight            -> deliver: A1 accepts, that is s10 again
   *   s9 P1 knows X is chosen                    -> nothing is enabled
   *   s10 P1 backoff, A1 accepted (1,X)          -> nothing is enabled
   * 10 distinct states (s0-s5, s7-s10), 11 steps tried, the longest schedule 5 steps (s9, s10).
   * With dominance the Accepted answer is never delivered (deciding only stops P1): no s9.
   */
  const tiny: ExploreModel = {
    acceptors: 1,
    proposers: 1,
    bugs: [],
    bounds: { maxBallot: 1, ...NO_FAULTS },
  };

  it('counts the states of a tiny model as counted by hand', () => {
    const outcome = bfs(tiny, options({ stopAtFirst: false }));
    expect(outcome).toMatchObject({
      states: 10,
      transitions: 11,
      depth: 5,
      stoppedBy: 'exhausted',
      violations: 0,
      moves: null,
    });
  });

  it('skips the one step dominance says adds no behaviour', () => {
    const outcome = bfs(tiny, options({ stopAtFirst: false, reductions: ALL_REDUCTIONS }));
    expect(outcome).toMatchObject({ states: 9, transitions: 10, stoppedBy: 'exhausted' });
  });

  it('stops at the state limit, and says so', () => {
    const outcome = bfs(LAB_MODEL, options({ reductions: ALL_REDUCTIONS, statesMax: 2000 }));
    expect(outcome.stoppedBy).toBe('states');
    expect(outcome.states).toBeGreaterThanOrEqual(2000);
    expect(outcome.states).toBeLessThan(10_000);
  });

  it('stops at the time limit by the clock it is given', () => {
    const outcome = bfs(LAB_MODEL, options({ reductions: ALL_REDUCTIONS, timeMaxMs: 20 }));
    expect(outcome.stoppedBy).toBe('time');
  });

  it('reports progress as it goes and stops when cancelled', () => {
    const seen: number[] = [];
    let asked = 0;
    const outcome = bfs(
      LAB_MODEL,
      options({
        reductions: ALL_REDUCTIONS,
        progressEveryMs: 0,
        onProgress: (p) => seen.push(p.states),
        cancelled: () => ++asked > 5,
      }),
    );
    expect(outcome.stoppedBy).toBe('cancelled');
    expect(seen.length).toBe(5);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  // The bench's row for the lab's model: faster code must count exactly these states.
  it(
    'counts the lab model whole with reductions: states, steps tried and depth',
    { timeout: 180_000 },
    () => {
      const outcome = bfs(
        LAB_MODEL,
        options({ reductions: ALL_REDUCTIONS, stopAtFirst: false, statesMax: 20_000_000 }),
      );
      expect(outcome.stoppedBy).toBe('exhausted');
      expect([outcome.states, outcome.transitions, outcome.depth]).toEqual([
        867_945, 5_378_348, 30,
      ]);
      expect(outcome.violations).toBe(0);
    },
  );
});
