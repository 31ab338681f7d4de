import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateEdits } from './edits-validate';
import { formatError } from './problems';
import { oneLine } from './quote';
import { LIMITS } from './scenarioTypes';
import type { ParseResult } from './validate';
import { parseScenarioText, validateScenario } from './validate';

/** A refusal a user can read: it names a path (or the whole file), is short and one line. */
function expectReadable(message: string): void {
  expect(message.length).toBeLessThanOrEqual(200);
  // Nothing to escape: no newline, no terminal escape, no bidi control.
  expect(oneLine(message)).toBe(message);
}

function expectAcceptedOrRefused(result: ParseResult | ReturnType<typeof validateEdits>): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  expectReadable(formatError(result.errors[0]!));
}

const HOSTILE_CHARS = [
  '\n',
  '\u001b[2J',
  '\u0085',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u061c',
  '\ud800',
];

/** Strings at, just past and far past every length limit, with hostile characters in them. */
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(...HOSTILE_CHARS),
  fc
    .constantFrom(
      LIMITS.valueLengthMax,
      LIMITS.valueLengthMax + 1,
      LIMITS.nameLengthMax,
      LIMITS.nameLengthMax + 1,
      LIMITS.textLengthMax + 1,
      100_000,
    )
    .map((n) => 'v'.repeat(n)),
  fc.tuple(fc.string(), fc.constantFrom(...HOSTILE_CHARS)).map(([s, c]) => s + c),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'שלום'),
);

/** Things that are not what a field wants: objects with a toString, deep lists, prototype keys. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, [], {}, { toString: 'X' }, { valueOf: 1, toString: {} }),
  fc.constantFrom(5, 25, 5000).map((n) => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`)),
  fc.dictionary(hostileString, fc.constantFrom(1, 'x', null), { maxKeys: 3 }),
  fc.constant(JSON.parse('{"__proto__": {"version": 1}}')),
);

/** A count at and just past a limit, and a few far past. */
const count = (max: number) => fc.constantFrom(0, 1, max, max + 1, max * 10);

const entry = fc.record(
  {
    at: fc.oneof(fc.constantFrom(0, LIMITS.tickMax, LIMITS.tickMax + 1, -1), hostileValue),
    request: fc.record({
      client: fc.oneof(fc.constant('C1'), hostileValue),
      proposer: fc.constant('P1'),
      value: fc.oneof(fc.constant('X'), hostileValue),
    }),
    crash: hostileValue,
    partition: hostileValue,
    drop: fc.oneof(fc.record({ message: hostileValue }), hostileValue),
  },
  { requiredKeys: ['at'] },
);

const scenarioFile = fc.record(
  {
    version: fc.oneof(fc.constant(1), hostileValue),
    name: hostileValue,
    title: fc.oneof(fc.record({ en: hostileValue }), hostileValue),
    goal: fc.record({ zh: hostileValue }),
    seed: fc.oneof(fc.constantFrom(0, LIMITS.seedMax, LIMITS.seedMax + 1), hostileValue),
    nodes: fc.oneof(
      fc.record({
        clients: fc.constantFrom(1, LIMITS.nodesMax, LIMITS.nodesMax + 1),
        proposers: fc.constant(1),
        acceptors: fc.constantFrom(3, 0),
        learners: fc.constant(1),
      }),
      hostileValue,
    ),
    bugs: fc.oneof(fc.array(hostileValue, { maxLength: 3 }), hostileValue),
    script: fc.oneof(
      fc.array(entry, { maxLength: 4 }),
      count(LIMITS.scriptMax).map((n) => Array.from({ length: n }, () => ({ at: 0, heal: true }))),
      hostileValue,
    ),
    stops: fc.oneof(
      count(LIMITS.stopsMax).map((n) =>
        Array.from({ length: n }, () => ({ at: 1, say: { en: 'x' } })),
      ),
      fc.array(fc.record({ at: fc.constant(1), say: fc.record({ en: hostileValue }) }), {
        maxLength: 2,
      }),
    ),
    [`x\nsim: all good, exit 0\u001b[2J`]: fc.constant(1),
  },
  { requiredKeys: [] },
);

/** The data as a file holds it; past the nesting JSON.stringify can write, the deepest text that reads. */
function asText(data: unknown): string {
  try {
    return JSON.stringify(data);
  } catch {
    return `${'['.repeat(5000)}${']'.repeat(5000)}`;
  }
}

describe('strangers’ scenario files', () => {
  it('are accepted or refused with a short, one-line message naming the path, never thrown at', () => {
    fc.assert(
      fc.property(scenarioFile, (data) => {
        expectAcceptedOrRefused(validateScenario(data));
        expectAcceptedOrRefused(parseScenarioText(asText(data)));
      }),
      { numRuns: 300 },
    );
  });

  it('as text: at and past the length, deep nesting, byte-order marks, broken JSON', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.constantFrom(LIMITS.fileLengthMax, LIMITS.fileLengthMax + 1).map((n) => ' '.repeat(n)),
      fc
        .constantFrom(LIMITS.depthMax, LIMITS.depthMax + 1, 5000)
        .map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
      fc.tuple(fc.constantFrom('\ufeff', '\ufeff\ufeff', ''), fc.string()).map(([b, s]) => b + s),
      fc.constantFrom(...HOSTILE_CHARS).map((c) => `{"version": 1${c}`),
    );
    fc.assert(
      fc.property(texts, (text) => expectAcceptedOrRefused(parseScenarioText(text))),
      { numRuns: 200 },
    );
  });

  it('edits: counts at and past the limits, hostile entries and values', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('script'), entries: fc.array(entry, { maxLength: 3 }) }),
      count(LIMITS.scriptMax).map((n) => ({
        kind: 'script',
        entries: Array.from({ length: n }, () => ({ at: 0, heal: true })),
      })),
      fc.record({ kind: fc.constant('add-proposer'), at: fc.constant(1), value: hostileValue }),
      fc.record({ kind: hostileValue }),
      hostileValue,
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(edit, { maxLength: 4 }),
          count(LIMITS.scriptMax).map((n) => Array.from({ length: n }, () => ({ kind: 'seed' }))),
          hostileValue,
        ),
        (data) => expectAcceptedOrRefused(validateEdits(data)),
      ),
      { numRuns: 300 },
    );
  });
});
