import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError } from './problems';
import { parseScenarioText, validateScenario } from './validate';

const minimal = {
  version: 1,
  nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 2 },
  script: [],
};

/** The first problem as users see it, or 'ok'. */
function firstError(data: unknown): string {
  const result = validateScenario(data);
  return result.ok ? 'ok' : formatError(result.errors[0]!);
}

const withScript = (...script: unknown[]) => ({ ...minimal, script });

describe('scenario validation', () => {
  it('fills every default a minimal file leaves out', () => {
    const result = validateScenario(minimal);
    expect(result).toEqual({
      ok: true,
      scenario: {
        version: 1,
        name: null,
        title: null,
        goal: null,
        seed: 1,
        nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 2 },
        network: { delay: [1, 1], drop: 0, duplicate: 0 },
        proposer: { timeout: 10, backoff: [0, 5] },
        bugs: [],
        until: null,
        script: [],
        stops: [],
      },
    });
  });

  it('reads the documented example with every kind of script entry', () => {
    const text = JSON.stringify({
      version: 1,
      name: 'optional title',
      seed: 1,
      nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 2 },
      network: { delay: [1, 1], drop: 0, duplicate: 0 },
      proposer: { timeout: 10, backoff: [0, 5] },
      bugs: [],
      until: 1000,
      script: [
        { at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } },
        { at: 5, crash: 'A1' },
        { at: 9, restart: 'A1' },
        { at: 2, partition: [['P1', 'A1']] },
        { at: 7, heal: true },
        { at: 0, drop: { type: 'Accept', from: 'P1', to: 'A3' }, until: 15 },
      ],
    });
    const result = parseScenarioText(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario.script).toHaveLength(6);
  });

  it.each<[string, unknown, string]>([
    [
      'an unknown node',
      withScript(
        { at: 1, crash: 'A1' },
        { at: 2, crash: 'A2' },
        { at: 3, crash: 'A3' },
        { at: 4, crash: 'A9' },
      ),
      'script[3].crash: unknown node "A9" (acceptors are A1..A3)',
    ],
    [
      'a node in the wrong role',
      withScript({ at: 0, request: { client: 'P1', proposer: 'P1', value: 'X' } }),
      'script[0].request.client: "P1" is not a client',
    ],
    [
      'a malformed node id',
      withScript({ at: 0, restart: 'B2' }),
      'script[0].restart: "B2" is not a node id (C1.., P1.., A1.. or L1..)',
    ],
    [
      'a negative delay',
      { ...minimal, network: { delay: [-1, 2] } },
      'network.delay[0]: is -1; it must be from 0 to 100',
    ],
    [
      'an inverted range',
      { ...minimal, proposer: { backoff: [5, 2] } },
      'proposer.backoff: min 5 is above max 2',
    ],
    [
      'a probability above 1',
      { ...minimal, network: { drop: 1.5 } },
      'network.drop: must be a probability from 0 to 1, not number 1.5',
    ],
    [
      'too many acceptors',
      { ...minimal, nodes: { ...minimal.nodes, acceptors: 10 } },
      'nodes.acceptors: is 10; it must be from 1 to 9',
    ],
    [
      'a missing node count',
      { ...minimal, nodes: { clients: 1, proposers: 1, acceptors: 3 } },
      'nodes.learners: required (1 to 9)',
    ],
    [
      'a typo in a field name',
      { ...minimal, nodes: { ...minimal.nodes, acceptor: 3 } },
      'nodes.acceptor: unknown field (did you mean "acceptors"?)',
    ],
    [
      'an unknown rule break',
      { ...minimal, bugs: ['lazy-learner'] },
      'bugs[0]: unknown rule break "lazy-learner" (known: ignore-promised-values, amnesiac-acceptor, minority-quorum, accept-any-ballot, shared-ballots)',
    ],
    [
      'a wrong version',
      { ...minimal, version: 2 },
      'version: unsupported version 2 (this reader knows version 1)',
    ],
    [
      'a fractional tick',
      withScript({ at: 1.5, heal: true }),
      'script[0].at: must be a whole number, not number 1.5',
    ],
    [
      'an entry doing two things',
      withScript({ at: 1, crash: 'A1', restart: 'A1' }),
      'script[0]: has crash and restart; an entry does one thing',
    ],
    [
      'a node in two partition groups',
      withScript({ at: 1, partition: [['A1'], ['A1', 'A2']] }),
      'script[0].partition[1][0]: "A1" is in two groups',
    ],
    [
      'a drop window that ends before it starts',
      withScript({ at: 5, drop: { to: 'A1' }, until: 3 }),
      "script[0].until: is 3, before the entry's at (5)",
    ],
    [
      'an unknown message type',
      withScript({ at: 5, drop: { type: 'Ping' } }),
      'script[0].drop.type: unknown message type "Ping" (known: Request, Prepare, Promise, Accept, Accepted, Nack, Response)',
    ],
    [
      'an empty value',
      withScript({ at: 0, request: { client: 'C1', proposer: 'P1', value: '' } }),
      'script[0].request.value: must be 1 to 64 characters',
    ],
    [
      'a value that is not a string',
      withScript({ at: 0, request: { client: 'C1', proposer: 'P1', value: 7 } }),
      'script[0].request.value: must be a string, not number 7',
    ],
    [
      'a missing script',
      { version: 1, nodes: minimal.nodes },
      'script: required: a list of timed entries (may be empty)',
    ],
    [
      'an entry that does nothing',
      withScript({ at: 1, crash: 'A1' }, { at: 2 }),
      'script[1]: needs one of request, crash, restart, partition, heal, drop, duplicate, delay, deliver, timeout, network, proposer, scheduler',
    ],
    [
      'an until outside a drop',
      withScript({ at: 1, crash: 'A1', until: 4 }),
      'script[0].until: only a drop entry has an until',
    ],
  ])('rejects %s with a message naming the path', (_, data, message) => {
    expect(firstError(data)).toBe(message);
  });

  it('explains bad JSON and files that are not objects', () => {
    const bad = parseScenarioText('{ "version": 1,');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(formatError(bad.errors[0]!)).toMatch(/^not valid JSON \(/);
    expect(firstError([1, 2])).toBe('a scenario is a JSON object, not a list');
  });

  it('reports every problem, not only the first', () => {
    const result = validateScenario({ ...minimal, seed: -1, network: { drop: 2 }, bugs: 'all' });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'seed',
      'network.drop',
      'bugs',
    ]);
  });

  it('never throws, whatever a stranger sends', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const result = validateScenario(data);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.record({
          version: fc.constant(1),
          nodes: fc.anything(),
          script: fc.array(fc.anything()),
        }),
        (data) => {
          validateScenario(data);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads the levers a user pulls at the cursor: one message, a timer, new settings, the scheduler', () => {
    const result = validateScenario(
      withScript(
        { at: 3, drop: { message: 4 } },
        { at: 3, duplicate: { message: 5 } },
        { at: 3, delay: { message: 6, by: 2 } },
        { at: 4, deliver: { message: 7 } },
        { at: 4, timeout: 'P1' },
        { at: 5, network: { drop: 0.2 } },
        { at: 5, proposer: { backoff: [0, 8] } },
        { at: 6, scheduler: 'manual' },
      ),
    );
    expect(result.ok && result.scenario.script).toEqual([
      { at: 3, drop: { message: 4 } },
      { at: 3, duplicate: { message: 5 } },
      { at: 3, delay: { message: 6, by: 2 } },
      { at: 4, deliver: { message: 7 } },
      { at: 4, timeout: 'P1' },
      { at: 5, network: { drop: 0.2 } },
      { at: 5, proposer: { backoff: [0, 8] } },
      { at: 6, scheduler: 'manual' },
    ]);
  });

  it.each<[string, unknown, string]>([
    [
      'a timeout for a non-proposer',
      withScript({ at: 1, timeout: 'A1' }),
      'script[0].timeout: "A1" is not a proposer',
    ],
    [
      'a message id that is not a number',
      withScript({ at: 1, deliver: { message: 'seven' } }),
      'script[0].deliver.message: must be a whole number, not the string "seven"',
    ],
    [
      'a delay without ticks',
      withScript({ at: 1, delay: { message: 3 } }),
      'script[0].delay.by: required: a whole number from 1 to 100',
    ],
    [
      'a network change out of range',
      withScript({ at: 1, network: { duplicate: -0.5 } }),
      'script[0].network.duplicate: must be a probability from 0 to 1, not number -0.5',
    ],
    [
      'an unknown scheduler',
      withScript({ at: 1, scheduler: 'random' }),
      'script[0].scheduler: must be "manual" or "timed", not the string "random"',
    ],
    [
      'a title that is not text',
      { ...minimal, title: 'Basic' },
      'title: must be an object like { "en": "…", "zh": "…" }, not the string "Basic"',
    ],
    ['a goal in no language', { ...minimal, goal: {} }, 'goal: needs "en", "zh" or both'],
    [
      'a stop without words',
      { ...minimal, stops: [{ at: 2 }] },
      'stops[0].say: required: what to say at this stop',
    ],
    [
      'a question whose answer is not an option',
      {
        ...minimal,
        stops: [
          {
            at: 2,
            say: { en: 'Watch P2.' },
            ask: {
              question: { en: 'Which value?' },
              options: [{ en: 'X' }, { en: 'Y' }],
              answer: 2,
              reveal: { en: 'X' },
            },
          },
        ],
      },
      'stops[0].ask.answer: is 2; it must be from 0 to 1',
    ],
  ])('rejects %s with a message naming the path', (_, data, message) => {
    expect(firstError(data)).toBe(message);
  });

  it('keeps a title, a goal and stops in time order, in both languages', () => {
    const stop = (at: number) => ({ at, say: { en: `at ${at}`, zh: `第 ${at} 刻` } });
    const result = validateScenario({
      ...minimal,
      title: { en: 'Basic', zh: '基本' },
      goal: { zh: '看一个值被选定' },
      stops: [stop(4), stop(1)],
    });
    expect(result.ok && result.scenario).toMatchObject({
      title: { en: 'Basic', zh: '基本' },
      goal: { zh: '看一个值被选定' },
      stops: [stop(1), stop(4)],
    });
  });
});
