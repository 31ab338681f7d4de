import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../scenario/scenarioOf.testing';
import { runReport } from '../export';
import { runScenario } from './run';

const scenario = scenarioOf;

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
});

describe('levers in the script', () => {
  it('changes the proposer backoff mid-run', () => {
    const stuck = scenario({
      proposer: { timeout: 5, backoff: [0, 0] },
      script: [
        request(0),
        { at: 0, crash: 'A1' },
        { at: 0, crash: 'A2' },
        { at: 40, proposer: { backoff: [3, 3] } },
      ],
      until: 80,
    });
    const trace = runScenario(stuck);
    expect(trace.events.some((e) => e.kind === 'configure' && e.at === 40)).toBe(true);
    const waits = trace.events.flatMap((e) =>
      e.kind === 'backoff' ? [[e.at, e.retryAt - e.at]] : [],
    );
    expect(waits.filter(([at]) => at! < 40).map(([, wait]) => wait)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(new Set(waits.filter(([at]) => at! > 40).map(([, wait]) => wait))).toEqual(new Set([3]));
  });

  it('drops, copies and holds back one message by id', () => {
    // Prepares 1–3 are sent at tick 1 and arrive at 2; entries at 2 come before those arrivals.
    const trace = runScenario(
      scenario({
        script: [
          request(0),
          { at: 2, drop: { message: 1 } },
          { at: 2, duplicate: { message: 2 } },
          { at: 2, delay: { message: 3, by: 4 } },
        ],
      }),
    );
    expect(trace.messages[1]).toMatchObject({ fate: 'dropped', dropReason: 'user', droppedAt: 2 });
    expect(trace.messages.filter((m) => m.copyOf === 2)).toHaveLength(1);
    expect(trace.messages[3]).toMatchObject({ fate: 'delivered', deliveredAt: 6 });
  });

  it('delivers nothing by itself in manual mode: the script is the network', () => {
    const trace = runScenario(
      scenario({
        script: [
          request(0),
          { at: 0, scheduler: 'manual' },
          { at: 3, deliver: { message: 0 } },
          { at: 5, deliver: { message: 2 } },
        ],
      }),
    );
    expect(trace.messages[0]).toMatchObject({ fate: 'delivered', deliveredAt: 3 });
    expect(trace.messages.filter((m) => m.fate === 'delivered').map((m) => m.id)).toEqual([0, 2]);
    expect(trace.end).toBe(5);
  });

  it('delivers what fell due in manual mode as soon as the run is timed again', () => {
    const trace = runScenario(
      scenario({
        script: [request(0), { at: 0, scheduler: 'manual' }, { at: 6, scheduler: 'timed' }],
      }),
    );
    expect(trace.messages[0]).toMatchObject({ fate: 'delivered', deliveredAt: 6 });
    expect(runReport(trace).chosen).toMatchObject({ value: 'X', at: 9 });
  });
});
