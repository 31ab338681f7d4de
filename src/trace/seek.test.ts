import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../scenario/scenarioOf.testing';
import { runScenario } from '../sim';
import { stepsThrough, worldAfter } from './seek';

describe('seeking in a trace', () => {
  it('seeks to any step through checkpoints and gets the world the run had then', () => {
    const lossy = scenarioOf({
      nodes: { clients: 2, proposers: 2, acceptors: 5, learners: 2 },
      network: { delay: [1, 5], drop: 0.3, duplicate: 0.1 },
      proposer: { timeout: 8, backoff: [0, 4] },
      script: [
        { at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } },
        { at: 1, request: { client: 'C2', proposer: 'P2', value: 'Y' } },
        { at: 5, crash: 'A1' },
        { at: 6, crash: 'A2' },
        { at: 7, crash: 'A3' },
        { at: 300, restart: 'A1' },
      ],
      until: 400,
    });
    const trace = runScenario(lossy);
    expect(trace.checkpoints.length).toBeGreaterThan(2);
    expect(worldAfter(trace, trace.steps.length)).toEqual(trace.final);
    const middle = Math.floor(trace.steps.length / 2) + 3;
    const world = worldAfter(trace, middle);
    expect(world.now).toBe(trace.steps[middle - 1]!.at);
    expect(stepsThrough(trace, world.now)).toBeGreaterThanOrEqual(middle);
    expect(stepsThrough(trace, -1)).toBe(0);
    expect(stepsThrough(trace, trace.end)).toBe(trace.steps.length);
  });
});
