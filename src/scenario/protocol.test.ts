import { describe, expect, it } from 'vitest';
import { compactScenarioFile, scenarioToFile } from './file';
import { formatError } from './problems';
import { validateScenario } from './validate';

const basic = {
  version: 1,
  nodes: { clients: 1, proposers: 2, acceptors: 4, learners: 2 },
  script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } }],
};
const multi = { ...basic, protocol: 'multi-paxos' };

function errors(data: unknown): string[] {
  const result = validateScenario(data);
  return result.ok ? [] : result.errors.map(formatError);
}

describe('the protocol and quorum fields', () => {
  it('leaves a Basic Paxos file exactly as it was: no new field appears', () => {
    const result = validateScenario(basic);
    expect(result.ok && Object.keys(result.scenario)).not.toContain('protocol');
    expect(result.ok && result.scenario.proposer).toEqual({ timeout: 10, backoff: [0, 5] });
    expect(validateScenario({ ...basic, protocol: 'basic' })).toEqual(result);
  });

  it('fills in Multi-Paxos defaults: heartbeat 5, window 5, retry 20', () => {
    const result = validateScenario(multi);
    expect(result.ok && result.scenario.protocol).toBe('multi-paxos');
    expect(result.ok && result.scenario.proposer).toEqual({
      timeout: 10,
      backoff: [0, 5],
      heartbeat: 5,
      window: 5,
    });
    expect(result.ok && result.scenario.client).toEqual({ retry: 20 });
  });

  it('reads flexible quorums for both protocols and flags those that need not overlap', () => {
    const safe = validateScenario({ ...basic, quorums: { phase1: 3, phase2: 2 } });
    expect(safe.ok && safe.scenario.quorums).toEqual({ phase1: 3, phase2: 2 });
    expect(safe.ok && safe.warnings).toBeUndefined();
    const broken = validateScenario({ ...multi, quorums: { phase1: 2, phase2: 2 } });
    expect(broken.ok).toBe(true);
    expect(broken.ok && broken.warnings?.map(formatError)).toEqual([
      'quorums: phase1 + phase2 is 4, not above the 4 acceptors: a phase 1 quorum and a phase 2 quorum need not share an acceptor, so safety is no longer guaranteed',
    ]);
  });

  it('names the field at fault', () => {
    expect(errors({ ...basic, protocol: 'raft' })).toEqual([
      'protocol: unknown protocol "raft" (known: "basic", "multi-paxos")',
    ]);
    expect(errors({ ...basic, quorums: { phase1: 5 } })).toEqual([
      'quorums.phase1: is 5; it must be from 1 to 4',
      'quorums.phase2: required (1 to 4, the number of acceptors)',
    ]);
    expect(
      errors({ ...basic, quorums: { phase1: 3, phase2: 2 }, bugs: ['minority-quorum'] }),
    ).toEqual([
      'quorums: cannot be given with the "minority-quorum" rule break: both set the quorums',
    ]);
    expect(errors({ ...basic, client: { retry: 3 }, proposer: { heartbeat: 2 } })).toEqual([
      'client: applies only to "protocol": "multi-paxos"',
      'proposer.heartbeat: applies only to "protocol": "multi-paxos"',
    ]);
    expect(errors({ ...basic, bugs: ['skip-holes'] })).toEqual([
      'bugs[0]: "skip-holes" is a rule of "protocol": "multi-paxos"',
    ]);
    expect(errors({ ...multi, bugs: ['ignore-promised-values'] })).toEqual([
      'bugs[0]: "ignore-promised-values" is a rule of Basic Paxos (Multi-Paxos has "ignore-promised-slots")',
    ]);
    expect(errors({ ...multi, client: { retry: -1 }, proposer: { window: 0 } })).toEqual([
      'proposer.window: is 0; it must be from 1 to 20',
      'client.retry: is -1; it must be from 0 to 1000',
    ]);
  });

  it('reads a request that resends an earlier seq, and refuses noop as a command', () => {
    const resend = { at: 3, request: { client: 'C1', proposer: 'P2', value: 'X', seq: 1 } };
    const result = validateScenario({ ...multi, script: [...multi.script, resend] });
    expect(result.ok && result.scenario.script[1]).toEqual(resend);
    expect(errors({ ...basic, script: [resend] })).toEqual([
      'script[0].request.seq: applies only to "protocol": "multi-paxos"',
    ]);
    const noop = { at: 0, request: { client: 'C1', proposer: 'P1', value: 'noop' } };
    expect(errors({ ...multi, script: [noop] })).toEqual([
      'script[0].request.value: "noop" is the leader\'s gap filler, not a command',
    ]);
  });

  it('writes the new fields back and reads the same scenario', () => {
    const data = { ...multi, quorums: { phase1: 3, phase2: 2 }, client: { retry: 0 } };
    const first = validateScenario(data);
    if (!first.ok) throw new Error('invalid');
    expect(validateScenario(scenarioToFile(first.scenario))).toEqual(first);
    expect(validateScenario(compactScenarioFile(first.scenario))).toEqual(first);
  });
});
