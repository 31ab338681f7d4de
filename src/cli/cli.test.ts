import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heavyScenarioFile } from '../sim/heavy.testing';

const dir = mkdtempSync(join(tmpdir(), 'paxoscope-cli-'));
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const MAIN = join(process.cwd(), 'src', 'cli', 'main.ts');

function sim(...args: string[]) {
  const result = spawnSync(TSX, [MAIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const basic = {
  version: 1,
  nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 2 },
  script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } }],
};

// Each test starts the CLI (tsx) several times: seconds each on a busy machine. The cap is
// generous so load never fails a test; it is no measure of speed.
describe('sim command', { timeout: 60_000 }, () => {
  it('runs a scenario and prints its outcome as JSON', () => {
    const { code, stdout } = sim('run', file('basic.json', basic));
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.chosen).toEqual({ value: 'X', ballot: 1, at: 4 });
    expect(Object.keys(report.messages[0])).toEqual(
      expect.arrayContaining([
        'id',
        'type',
        'from',
        'to',
        'ballot',
        'value',
        'accepted',
        'sentAt',
        'deliveredAt',
        'fate',
      ]),
    );
  });

  it('prints the classic diagram with --format ascii', () => {
    const { code, stdout } = sim('run', file('basic.json', basic), '--format', 'ascii');
    expect(code).toBe(0);
    expect(stdout.split('\n')[4]).toBe(
      '   |         |<---------X--X--X       |  |  Promise(1,{-,-,-})',
    );
  });

  it('fuzzes and exits 0 when nothing breaks, 1 when a rule break shows, with a replayable seed', () => {
    const clean = sim('fuzz', '--runs', '50', '--seed', '3');
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({
      runs: 50,
      violations: 0,
      firstViolation: null,
    });
    const broken = sim('fuzz', '--runs', '200', '--bug', 'shared-ballots');
    expect(broken.code).toBe(1);
    const { seed, invariant, detail } = JSON.parse(broken.stdout).firstViolation;
    const replay = sim('fuzz', '--replay', String(seed), '--bug', 'shared-ballots');
    expect(replay.code).toBe(0);
    expect(JSON.parse(replay.stdout).violations[0]).toEqual(
      expect.objectContaining({ invariant, detail }),
    );
  });

  it('explores a model: exit 0 with the bounded claim when every rule is kept', () => {
    const { code, stdout } = sim('explore', '--max-ballot', '2', '--walks', '50');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ violations: 0, counterexample: null, complete: true });
    expect(report.states).toBeGreaterThan(1000);
    expect(report.model).toMatchObject({ acceptors: 3, proposers: 2, maxBallot: 2 });
  });

  it('explores a broken rule: exit 1 and the shortest counterexample, also as a scenario that runs', () => {
    const args = ['explore', '--bug', 'minority-quorum', '--invariant', 'Agreement'];
    const broken = sim(...args);
    expect(broken.code).toBe(1);
    const report = JSON.parse(broken.stdout);
    expect(report.violation.invariant).toBe('Agreement');
    expect(report.counterexample).toHaveLength(10);
    const scenario = sim(...args, '--format', 'scenario');
    expect(scenario.code).toBe(1);
    const run = sim('run', file('counterexample.json', scenario.stdout));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).violations[0]).toMatchObject({
      invariant: 'Agreement',
      detail: report.violation.detail,
    });
  });

  it.each<[string, () => string[], RegExp]>([
    [
      'an unreadable file',
      () => ['run', join(dir, 'missing.json')],
      /^sim: cannot read .*missing\.json: no such file\n$/,
    ],
    [
      'bad JSON',
      () => ['run', file('bad.json', '{ "version": 1,')],
      /^sim: .*bad\.json: not valid JSON \(.*\)\n$/,
    ],
    [
      'an unknown node',
      () => ['run', file('node.json', { ...basic, script: [{ at: 1, crash: 'A9' }] })],
      /^sim: .*node\.json: script\[0\]\.crash: unknown node "A9" \(acceptors are A1\.\.A3\)\n$/,
    ],
    [
      'a negative delay',
      () => ['run', file('delay.json', { ...basic, network: { delay: [-1, 1] } })],
      /^sim: .*delay\.json: network\.delay\[0\]: is -1; it must be from 0 to 100\n$/,
    ],
    [
      'an unknown flag',
      () => ['run', file('basic.json', basic), '--colour'],
      /^sim: Unknown option '--colour'\n$/,
    ],
    [
      'an unknown format',
      () => ['run', file('basic.json', basic), '--format', 'xml'],
      /^sim: --format must be one of json, ascii, not "xml"\n$/,
    ],
    [
      'a size past the limit',
      () => ['fuzz', '--acceptors', '40'],
      /^sim: --acceptors is 40; it must be from 1 to 9\n$/,
    ],
    [
      'an unknown rule break',
      () => ['fuzz', '--bug', 'lazy'],
      /^sim: --bug: unknown rule break "lazy" \(known: .*\)\n$/,
    ],
    [
      'a model past the limit',
      () => ['explore', '--acceptors', '9'],
      /^sim: --acceptors is 9; it must be from 1 to 5\n$/,
    ],
    [
      'an unknown invariant',
      () => ['explore', '--invariant', 'Liveness'],
      /^sim: --invariant: unknown invariant "Liveness" \(known: Agreement, .*\)\n$/,
    ],
    [
      'a file given to explore',
      () => ['explore', 'model.json'],
      /^sim: explore takes no file, got "model.json"\n$/,
    ],
    [
      'an unknown command',
      () => ['explain'],
      /^sim: unknown command "explain" \(commands: run, fuzz, explore; see --help\)\n$/,
    ],
    [
      'an object where a value goes',
      () => [
        'run',
        file('object.json', {
          ...basic,
          script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value: { toString: 'X' } } }],
        }),
      ],
      /^sim: .*object\.json: script\[0\]\.request\.value: must be a string, not an object\n$/,
    ],
    [
      'lists nested 5,000 deep',
      () => ['run', file('deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`)],
      /^sim: .*deep\.json: the file nests lists and objects more than 20 deep\n$/,
    ],
    [
      'a key that holds a newline and an escape',
      () => ['run', file('key.json', { ...basic, 'x\nsim: ok\u001b[2J': 1 })],
      /^sim: .*key\.json: \["x\\nsim: ok\\u001b\[2J"\]: unknown field\n$/,
    ],
    [
      'a long name in a large file of Chinese, by characters, not bytes',
      () => ['run', file('cjk.json', { ...basic, name: '值'.repeat(468_000) })],
      /^sim: .*cjk\.json: name: is 468000 characters; the limit is 120\n$/,
    ],
    ['a stray argument', () => ['fuzz', 'extra'], /^sim: fuzz takes no file, got "extra"\n$/],
    [
      'a negative number, by its range',
      () => ['fuzz', '--seed', '-1'],
      /^sim: --seed is -1; it must be from 0 to 4294967295\n$/,
    ],
    [
      'a flag given twice',
      () => ['fuzz', '--runs', '5', '--runs', '6'],
      /^sim: --runs is given twice; give it once\n$/,
    ],
  ])('rejects %s with one line on stderr and exit code 2', (_, args, message) => {
    const { code, stdout, stderr } = sim(...args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('reads a file that starts with a byte-order mark, as the app does', () => {
    const { code, stdout } = sim('run', file('bom.json', `\ufeff${JSON.stringify(basic)}`));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).chosen).toMatchObject({ value: 'X' });
  });

  it('repeats only the flags documented as repeatable', () => {
    const { code } = sim(
      'fuzz',
      '--runs',
      '5',
      '--bug',
      'shared-ballots',
      '--bug',
      'minority-quorum',
    );
    expect(code).not.toBe(2);
  });
});

describe('sim run on the heaviest valid scenario', () => {
  it('prints the run its budget cut, with one line on stderr saying where and why', () => {
    const { code, stdout, stderr } = sim('run', file('heavy.json', heavyScenarioFile()));
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^sim: stopped after 100,000 messages at tick \d+ \(the most one run records\)\n$/,
    );
    const report = JSON.parse(stdout);
    expect(report.cut).toEqual({ by: 'messages', limit: 100000, at: report.end });
    expect(report.messages.length).toBeGreaterThanOrEqual(100000);
    // Recording and printing 100,000 messages takes seconds, more on a busy machine.
  }, 60_000);
});
