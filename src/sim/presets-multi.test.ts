import { describe, expect, it } from 'vitest';
import type { RuleBreak, World } from '../engine';
import { asciiDiagram, runReport } from '../export';
import type { LogPresetId } from '../scenario/presets/multi';
import { logPreset } from '../scenario/presets/multi';
import type { Trace } from '../trace';
import { runScenario } from './run';

/** A preset's run, and what a reader of `sim run` sees of it. */
function run(id: LogPresetId, bugs: RuleBreak[] = []) {
  const scenario = logPreset(id);
  const trace = runScenario({ ...scenario, bugs: [...scenario.bugs, ...bugs] });
  return { trace, report: runReport(trace), world: trace.final };
}

/** The chosen log as `slot: value (ballot)`. */
function log(report: ReturnType<typeof runReport>): string[] {
  return (report.slots ?? []).map((s) => `${s.slot}: ${s.value} (${s.ballot})`);
}

/** When a kind of event first happens, and its facts. */
function first<K extends string>(trace: Trace, kind: K, match: Record<string, unknown> = {}) {
  return trace.events.find(
    (e) => e.kind === kind && Object.entries(match).every(([k, v]) => (e as never)[k] === v),
  ) as (Trace['events'][number] & { at: number }) | undefined;
}

const bothApplied = (world: World) =>
  Object.fromEntries(world.multi!.replicas.map((r) => [r.id, r.store]));

describe('Multi-Paxos presets tell their story', () => {
  it('mp-stable-leader: one Prepare, then three commands in three slots, one round trip each', () => {
    const { trace, report, world } = run('mp-stable-leader');
    expect(log(report)).toEqual(['1: put x 1 (1)', '2: put y 2 (1)', '3: get x (1)']);
    expect(report.applied).toEqual({
      L1: ['put x 1', 'put y 2', 'get x'],
      L2: ['put x 1', 'put y 2', 'get x'],
    });
    expect(trace.messages.filter((m) => m.type === 'Prepare')).toHaveLength(3);
    // The command asked at tick 7 is chosen at 9: request, Accept!, Accepted.
    expect(report.slots![1]!.at).toBe(9);
    expect(bothApplied(world)).toEqual({ L1: { x: '1', y: '2' }, L2: { x: '1', y: '2' } });
    expect(report.responses.filter((r) => r.value === '1')).toHaveLength(4);
    expect(report.violations).toEqual([]);
  });

  it('mp-pipelining: slot 2 is chosen before slot 1, and replicas still apply slot 1 first', () => {
    const { trace, report } = run('mp-pipelining');
    const [one, two] = report.slots!;
    expect(two!.at).toBeLessThan(one!.at);
    const applied = trace.events.filter((e) => e.kind === 'apply' && e.node === 'L1');
    expect(applied.map((e) => (e.kind === 'apply' ? e.applied.slot : 0))).toEqual([1, 2]);
    expect(report.applied).toEqual({ L1: ['put x 1', 'put x 2'], L2: ['put x 1', 'put x 2'] });
  });

  it('mp-leader-fails: Y, accepted by A1 alone when P1 crashed, is recovered by P2 in slot 2', () => {
    const { trace, report } = run('mp-leader-fails');
    expect(log(report)).toEqual(['1: X (1)', '2: Y (2)']);
    expect(first(trace, 'campaign', { node: 'P2' })).toMatchObject({
      reason: 'silence',
      ballot: 2,
    });
    const recovered = first(trace, 'propose-slot', { node: 'P2', slot: 2 });
    expect(recovered).toMatchObject({
      source: 'reported',
      reported: { acceptor: 'A1', ballot: 1, value: 'Y' },
    });
    expect(report.applied).toEqual({ L1: ['X', 'Y'], L2: ['X', 'Y'] });
    expect(asciiDiagram(trace)).toContain('Promise(2,{1:X(1),2:Y(1)})');
  });

  it('mp-hole-noop: no acceptor reports slot 2, so P2 fills it with noop; Y lands in slot 4', () => {
    const { trace, report } = run('mp-hole-noop');
    expect(log(report)).toEqual(['1: X (1)', '2: noop (2)', '3: Z (1)', '4: Y (2)']);
    expect(report.applied).toEqual({ L1: ['X', 'Z', 'Y'], L2: ['X', 'Z', 'Y'] });
    expect(first(trace, 'retry', { node: 'C1' })).toMatchObject({ seq: 2, proposer: 'P2' });
    const ascii = asciiDiagram(trace);
    expect(ascii).toContain('Promise(2,{1:X(1),2:-,3:Z(1)})');
    expect(ascii).toContain('Accept!(2,2,noop)');
    expect(ascii).toContain('Accept!(2,4,Y)');
  });

  it('mp-dueling-leaders: a Nack deposes P1, which hands X to P2; never two values in a slot', () => {
    const { trace, report } = run('mp-dueling-leaders');
    expect(first(trace, 'backoff', { node: 'P1' })).toMatchObject({ reason: 'nack', promised: 2 });
    expect(log(report)).toEqual(['1: Y (2)', '2: X (2)']);
    expect(report.applied).toEqual({ L1: ['Y', 'X'], L2: ['Y', 'X'] });
    expect(report.violations).toEqual([]);
  });

  it('mp-catch-up: L2, cut off, applies the three slots in order once the network heals', () => {
    const { trace, report } = run('mp-catch-up');
    const heal = first(trace, 'heal')!.at;
    const l2 = trace.events.filter((e) => e.kind === 'apply' && e.node === 'L2');
    expect(l2.every((e) => e.kind === 'apply' && e.at > heal)).toBe(true);
    expect(l2.map((e) => (e.kind === 'apply' ? e.applied.slot : 0))).toEqual([1, 2, 3]);
    expect(report.applied!.L2).toEqual(['put x 1', 'put y 2', 'put x 3']);
    expect(report.applied!.L1).toEqual(report.applied!.L2);
  });

  it('mp-retry-dedup: the retry is chosen again in slot 2 but applied once, and no-dedup breaks it', () => {
    const { trace, report } = run('mp-retry-dedup');
    expect(log(report)).toEqual(['1: put x 1 (1)', '2: put x 1 (1)', '3: get x (1)']);
    expect(report.applied).toEqual({ L1: ['put x 1', 'get x'], L2: ['put x 1', 'get x'] });
    const duplicates = trace.events.filter(
      (e) => e.kind === 'apply' && e.applied.kind === 'duplicate',
    );
    expect(duplicates.map((e) => (e.kind === 'apply' ? [e.node, e.applied.slot] : []))).toEqual([
      ['L1', 2],
      ['L2', 2],
    ]);
    const broken = run('mp-retry-dedup', ['no-dedup']);
    expect(broken.report.applied!.L1).toEqual(['put x 1', 'put x 1', 'get x']);
    expect(broken.report.violations[0]).toMatchObject({
      invariant: 'AppliedOnce',
      detail: 'L1 applied request 1 of C1 twice, in slots 1 and 2.',
    });
  });

  it('mp-minority-partition: the 2-side cannot decide; after the heal one log holds all three', () => {
    const { trace, report } = run('mp-minority-partition');
    const heal = first(trace, 'heal')!.at;
    expect(trace.events.some((e) => e.kind === 'lead' && e.node === 'P2' && e.at < heal)).toBe(
      false,
    );
    expect(
      trace.events.filter((e) => e.kind === 'campaign' && e.node === 'P2' && e.at < heal).length,
    ).toBeGreaterThan(1);
    expect(log(report)).toEqual(['1: X (1)', '2: Z (1)', '3: Y (6)']);
    expect(report.applied).toEqual({ L1: ['X', 'Z', 'Y'], L2: ['X', 'Z', 'Y'] });
  });

  it('fp-flexible-quorums: two Accepted of four choose each command once A3 and A4 are down', () => {
    const { report } = run('fp-flexible-quorums');
    expect(log(report)).toEqual(['1: put x 1 (1)', '2: put y 2 (1)', '3: get x (1)']);
    expect(report.applied!.L1).toEqual(['put x 1', 'put y 2', 'get x']);
    expect(report.violations).toEqual([]);
  });

  it('fp-broken-quorums: two and two of four choose X and Y, and Agreement says so', () => {
    const { report } = run('fp-broken-quorums');
    expect(report.chosen).toMatchObject({ value: 'X', ballot: 1 });
    expect(report.violations[0]).toMatchObject({ invariant: 'Agreement' });
    expect(report.learned).toEqual({ L1: 'X', L2: 'Y' });
  });
});
