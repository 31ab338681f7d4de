import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'paxoscope-cli-mp-'));
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const MAIN = join(process.cwd(), 'src', 'cli', 'main.ts');

function sim(...args: string[]) {
  const result = spawnSync(TSX, [MAIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const twoCommands = {
  version: 1,
  protocol: 'multi-paxos',
  nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 2 },
  until: 12,
  script: [
    { at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } },
    { at: 0, request: { client: 'C1', proposer: 'P1', value: 'Y' } },
  ],
};

// Each test starts the CLI (tsx): seconds on a busy machine, so the cap is generous.
describe('sim with "protocol": "multi-paxos"', { timeout: 60_000 }, () => {
  it('prints the chosen slots, what each replica applied and the slot of every Accept', () => {
    const path = join(dir, 'two.json');
    writeFileSync(path, JSON.stringify(twoCommands));
    const { code, stdout } = sim('run', path);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.slots).toEqual([
      { slot: 1, value: 'X', ballot: 1, at: 4 },
      { slot: 2, value: 'Y', ballot: 1, at: 4 },
    ]);
    expect(report.chosen).toEqual({ value: 'X', ballot: 1, at: 4 });
    expect(report.applied).toEqual({ L1: ['X', 'Y'], L2: ['X', 'Y'] });
    const accept = report.messages.find((m: { type: string }) => m.type === 'Accept');
    expect(accept).toMatchObject({ ballot: 1, slot: 1, value: 'X', seq: 1 });
    expect(report.messages.some((m: { type: string }) => m.type === 'Heartbeat')).toBe(true);
    const ascii = sim('run', path, '--format', 'ascii').stdout;
    expect(ascii).toContain('Accept!(1,2,Y)');
    expect(ascii).toContain('Accepted(1,1,X)');
  });

  it('fuzzes Multi-Paxos with flexible quorums and its own rule breaks', () => {
    const safe = sim(
      'fuzz',
      '--protocol',
      'multi-paxos',
      '--quorums',
      '3,2',
      '--acceptors',
      '4',
      '--runs',
      '40',
    );
    expect(safe.code).toBe(0);
    expect(JSON.parse(safe.stdout)).toMatchObject({ runs: 40, violations: 0 });
    const broken = sim(
      'fuzz',
      '--protocol',
      'multi-paxos',
      '--quorums',
      '2,2',
      '--acceptors',
      '4',
      '--runs',
      '300',
    );
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).firstViolation.invariant).toBe('Agreement');
    expect(sim('fuzz', '--bug', 'skip-holes').stderr).toContain(
      'unknown rule break "skip-holes" (known: ignore-promised-values, amnesiac-acceptor',
    );
    expect(sim('fuzz', '--protocol', 'raft').stderr).toContain(
      '--protocol must be one of basic, multi-paxos',
    );
    expect(sim('fuzz', '--quorums', '2').stderr).toContain('--quorums: expected Q1,Q2');
    expect(sim('explore', '--slots', '2').stderr).toContain(
      '--slots: only a Multi-Paxos model has a log',
    );
    expect(
      sim('explore', '--protocol', 'multi-paxos', '--bug', 'ignore-promised-values').stderr,
    ).toContain('unknown rule break "ignore-promised-values"');
  });

  it('explores a Multi-Paxos log: a broken rule gives a counterexample that replays as a scenario', () => {
    const args = ['explore', '--protocol', 'multi-paxos', '--bug', 'out-of-order-apply'];
    const found = sim(...args, '--max-states', '20000');
    expect(found.code).toBe(1);
    const report = JSON.parse(found.stdout);
    expect(report.violation.invariant).toBe('SlotOrder');
    expect(report.model).toMatchObject({ protocol: 'multi-paxos', slots: 2, retries: 1 });
    const scenario = sim(...args, '--max-states', '20000', '--format', 'scenario');
    const file = join(mkdtempSync(join(tmpdir(), 'paxoscope-')), 'counterexample.json');
    writeFileSync(file, scenario.stdout);
    const run = JSON.parse(sim('run', file).stdout);
    expect(run.violations.map((v: { invariant: string }) => v.invariant)).toContain('SlotOrder');
  });
});
