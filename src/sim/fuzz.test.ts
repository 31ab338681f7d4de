import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario';
import { fuzz, fuzzScenario, runSeed } from './fuzz';
import { simulate } from './run';

const shape = {
  acceptors: 3,
  proposers: 2,
  faults: ['drop', 'duplicate', 'partition', 'crash'] as const,
  bugs: [],
};

describe('fuzz', () => {
  it('generates valid scenario files, the same for the same seed', () => {
    for (let seed = 0; seed < 50; seed++) {
      const scenario = fuzzScenario(seed, shape);
      expect(validateScenario(JSON.parse(JSON.stringify(scenario)))).toEqual({
        ok: true,
        scenario,
      });
      expect(fuzzScenario(seed, shape)).toEqual(scenario);
    }
  });

  it('finds no violation in correct Paxos', () => {
    const report = fuzz({ ...shape, runs: 300, seed: 1 }, () => 0);
    expect(report).toMatchObject({ runs: 300, violations: 0, firstViolation: null });
  });

  it('finds a broken rule and prints a seed that replays the same violation', () => {
    const options = { ...shape, bugs: ['minority-quorum' as const], runs: 300, seed: 7 };
    const report = fuzz(options, () => 0);
    expect(report.violations).toBeGreaterThan(0);
    const first = report.firstViolation!;
    const replay = simulate(fuzzScenario(first.seed, options), first.seed, null);
    expect(replay.world.violations[0]).toMatchObject({
      invariant: first.invariant,
      detail: first.detail,
    });
    expect(first.seed).toBeGreaterThanOrEqual(runSeed(7, 0));
  });

  it('measures speed with the clock it is given', () => {
    let now = 0;
    const report = fuzz({ ...shape, runs: 5, seed: 1 }, () => (now += 1));
    expect(report.messagesPerSecond).toBeGreaterThan(0);
  });
});
