import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario';
import { validateScenario } from '../scenario';
import { runReport, stepsThrough, worldAfter } from '../trace';
import { runScenario } from './run';

function scenario(data: Record<string, unknown>): Scenario {
  const result = validateScenario({
    version: 1,
    nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 2 },
    ...data,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

const request = (at: number, client = 'C1', proposer = 'P1', value = 'X') => ({
  at,
  request: { client, proposer, value },
});

describe('running a scenario', () => {
  it('reports the basic run as the seed describes it', () => {
    const report = runReport(runScenario(scenario({ script: [request(0)] })));
    expect(report.chosen).toEqual({ value: 'X', ballot: 1, at: 4 });
    expect(report.learned).toEqual({ L1: 'X', L2: 'X' });
    expect(report.responses).toEqual([
      { client: 'C1', value: 'X', at: 6 },
      { client: 'C1', value: 'X', at: 6 },
    ]);
    expect(report.violations).toEqual([]);
    expect(report.end).toBe(6);
    expect(report.messages.map((m) => m.type)).toEqual([
      'Request',
      ...Array(3).fill('Prepare'),
      ...Array(3).fill('Promise'),
      ...Array(3).fill('Accept'),
      ...Array(9).fill('Accepted'),
      'Response',
      'Response',
    ]);
    expect(
      report.messages.every((m) => m.fate === 'delivered' && m.deliveredAt === m.sentAt + 1),
    ).toBe(true);
  });

  it('stops at until, leaving later messages in flight', () => {
    const report = runReport(runScenario(scenario({ script: [request(0)], until: 3 })));
    expect(report.end).toBe(3);
    expect(report.chosen).toBeNull();
    expect(report.messages.filter((m) => m.fate === 'in-flight').map((m) => m.type)).toEqual([
      'Accept',
      'Accept',
      'Accept',
    ]);
  });

  it('caps a run that never quiets down at tick 1000', () => {
    const stuck = scenario({
      script: [request(0), { at: 0, crash: 'A1' }, { at: 0, crash: 'A2' }],
    });
    const report = runReport(runScenario(stuck));
    expect(report.end).toBe(1000);
    expect(report.chosen).toBeNull();
    expect(report.messages.filter((m) => m.type === 'Prepare').length).toBeGreaterThan(100);
  });

  it('applies a crash at tick t before the messages that arrive at t', () => {
    const trace = runScenario(scenario({ script: [request(0), { at: 2, crash: 'A3' }] }));
    const prepareToA3 = trace.messages.find((m) => m.type === 'Prepare' && m.to === 'A3')!;
    expect(prepareToA3).toMatchObject({ fate: 'dropped', droppedAt: 2, dropReason: 'crashed' });
    expect(runReport(trace).chosen?.value).toBe('X');
  });

  it('gives the same trace for the same scenario and seed, and another for another seed', () => {
    const lossy = scenario({
      network: { delay: [1, 4], drop: 0.2, duplicate: 0.1 },
      script: [request(0)],
    });
    expect(runReport(runScenario(lossy, 5))).toEqual(runReport(runScenario(lossy, 5)));
    expect(runReport(runScenario(lossy, 6))).not.toEqual(runReport(runScenario(lossy, 5)));
  });

  it('seeks to any step through checkpoints and gets the world the run had then', () => {
    const lossy = scenario({
      nodes: { clients: 2, proposers: 2, acceptors: 5, learners: 2 },
      network: { delay: [1, 5], drop: 0.3, duplicate: 0.1 },
      proposer: { timeout: 8, backoff: [0, 4] },
      script: [
        request(0),
        request(1, 'C2', 'P2', 'Y'),
        { at: 5, crash: 'A1' },
        { at: 6, crash: 'A2' },
        { at: 7, crash: 'A3' },
        { at: 300, restart: 'A1' },
      ],
      until: 400,
    });
    const trace = runScenario(lossy);
    expect(trace.steps.length).toBeGreaterThan(trace.checkpointEvery * 2);
    expect(worldAfter(trace, trace.steps.length)).toEqual(trace.final);
    const middle = Math.floor(trace.steps.length / 2) + 3;
    const world = worldAfter(trace, middle);
    expect(world.now).toBe(trace.steps[middle - 1]!.at);
    expect(stepsThrough(trace, world.now)).toBeGreaterThanOrEqual(middle);
    expect(stepsThrough(trace, -1)).toBe(0);
    expect(stepsThrough(trace, trace.end)).toBe(trace.steps.length);
  });
});
