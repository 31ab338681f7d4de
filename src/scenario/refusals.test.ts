import { describe, expect, it } from 'vitest';
import { validateEdits } from './edits-validate';
import { nestingDepth } from './json';
import { formatError } from './problems';
import { fileSizeProblem, readScenarioFile } from './read';
import { parseScenarioText, validateScenario } from './validate';

const basic = {
  version: 1,
  nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 1 },
  script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } }],
};

function withValue(value: unknown) {
  return { ...basic, script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value } }] };
}

function firstError(data: unknown): string {
  const result = validateScenario(data);
  if (result.ok) throw new Error('expected a refusal');
  return formatError(result.errors[0]!);
}

function firstTextError(text: string): string {
  const result = parseScenarioText(text);
  if (result.ok) throw new Error('expected a refusal');
  return formatError(result.errors[0]!);
}

describe('the validator refuses what it cannot use, and never throws', () => {
  it('names an object with a toString where a value goes, without converting it', () => {
    expect(firstError(withValue({ toString: 'X' }))).toBe(
      'script[0].request.value: must be a string, not an object',
    );
    expect(firstError({ ...basic, bugs: [{ toString: 'X' }] })).toBe(
      'bugs[0]: must be a rule name, not an object',
    );
    expect(firstError({ ...basic, version: { valueOf: 1 } })).toBe(
      'version: unsupported version an object (this reader knows version 1)',
    );
  });

  it('refuses lists nested 5,000 deep before parsing them', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(firstTextError(deep)).toBe('the file nests lists and objects more than 20 deep');
    expect(firstTextError(`{"a":${'{"a":'.repeat(30)}1${'}'.repeat(31)}`)).toMatch(/20 deep/);
  });

  it('counts nesting outside strings only', () => {
    expect(nestingDepth('{"a": "[[[[[[{{{{", "b": [1, [2]]}', 20)).toBe(3);
    expect(nestingDepth('["\\"[[["]', 20)).toBe(1);
  });

  it('reads a file with a byte-order mark and measures the limit in characters', () => {
    expect(parseScenarioText(`\ufeff${JSON.stringify(basic)}`).ok).toBe(true);
    expect(firstTextError(`\ufeff\ufeff${JSON.stringify(basic)}`)).toMatch(/^not valid JSON/);
    const chinese = JSON.stringify({ ...basic, name: '值'.repeat(468_000) });
    expect(firstTextError(chinese)).toBe('name: is 468000 characters; the limit is 120');
  });

  it('keeps the parser’s reason but not the input it quotes', () => {
    const message = firstTextError('x\u001b[2J\nsim: all good');
    expect(message).toMatch(/^not valid JSON \(/);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('\u001b');
    expect(message).not.toContain('all good');
  });
});

describe('messages quote input short, escaped and on one line', () => {
  it('cuts a 999 KB rule name short', () => {
    const message = firstError({ ...basic, bugs: ['b'.repeat(999_000)] });
    expect(message.length).toBeLessThan(200);
    expect(message).toContain(`"${'b'.repeat(60)}…"`);
  });

  it('writes a hostile key as part of the path, escaped', () => {
    expect(firstError({ ...basic, 'x\nsim: all good, exit 0\u001b[2J': 1 })).toBe(
      '["x\\nsim: all good, exit 0\\u001b…"]: unknown field',
    );
  });

  it('quotes a hostile node id', () => {
    expect(firstError({ ...basic, script: [{ at: 0, crash: 'A1\u202e\n' }] })).toBe(
      'script[0].crash: "A1\\u202e\\n" is not a node id (C1.., P1.., A1.. or L1..)',
    );
  });
});

describe('values, names and sentences are plain text', () => {
  it.each<[string, unknown, string]>([
    [
      'a value with a right-to-left override',
      withValue('X\u202e'),
      'script[0].request.value: holds a bidi control (U+202E) at character 2; text here must be plain',
    ],
    [
      'a name with a newline',
      { ...basic, name: 'a\nb' },
      'name: holds a control character (U+000A) at character 2; text here must be plain',
    ],
    [
      'a title with an isolate',
      { ...basic, title: { en: '\u2067x' } },
      'title.en: holds a bidi control (U+2067) at character 1; text here must be plain',
    ],
    [
      'a stop with ESC',
      { ...basic, stops: [{ at: 1, say: { zh: '\u001b[31m' } }] },
      'stops[0].say.zh: holds a control character (U+001B) at character 1; text here must be plain',
    ],
  ])('refuses %s, naming the path', (_, data, message) => {
    expect(firstError(data)).toBe(message);
  });

  it('keeps values in right-to-left scripts', () => {
    expect(validateScenario(withValue('שלום')).ok).toBe(true);
  });

  it('refuses the same in an edit that adds a proposer', () => {
    const checked = validateEdits([{ kind: 'add-proposer', at: 1, value: 'Y\u2066' }]);
    expect(checked.ok ? null : formatError(checked.errors[0]!)).toMatch(
      /^edits\[0\]\.value: holds a bidi control \(U\+2066\)/,
    );
  });
});

describe('an edit of the quorums', () => {
  it('reads sizes or null (majorities), and refuses anything else by its path', () => {
    expect(validateEdits([{ kind: 'quorums', quorums: { phase1: 3, phase2: 2 } }])).toEqual({
      ok: true,
      edits: [{ kind: 'quorums', quorums: { phase1: 3, phase2: 2 } }],
    });
    expect(validateEdits([{ kind: 'quorums', quorums: null }]).ok).toBe(true);
    const refused = validateEdits([{ kind: 'quorums', quorums: { phase1: 0, phase2: 2 } }]);
    expect(refused.ok ? null : formatError(refused.errors[0]!)).toMatch(
      /^edits\[0\]\.quorums\.phase1: /,
    );
    const shapeless = validateEdits([{ kind: 'quorums' }]);
    expect(shapeless.ok ? null : formatError(shapeless.errors[0]!)).toMatch(
      /^edits\[0\]\.quorums: required/,
    );
  });
});

describe('a file is refused by its size before it is read', () => {
  it('never reads a 50 MB file', async () => {
    let read = false;
    const result = await readScenarioFile({
      size: 50_000_000,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    });
    expect(read).toBe(false);
    expect(result.ok ? null : result.errors[0]!.message).toBe(
      'the file is 50000000 bytes; the limit is 1000000 characters',
    );
  });

  it('lets through any file that could be within the character limit', () => {
    expect(fileSizeProblem(3_000_003)).toBeNull();
    expect(fileSizeProblem(3_000_004)).not.toBeNull();
  });
});
