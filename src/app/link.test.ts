import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { Edit } from '../scenario';
import { preset, validateScenario } from '../scenario';
import { encodeRun, openRun } from './link';
import { optionsFromUrl } from './options';

/** A compressed part of a link, as a link carries it in its query. */
function pack(json: string): string {
  return encodeURIComponent(compressToEncodedURIComponent(json));
}

function reopen(params: URLSearchParams) {
  return openRun(optionsFromUrl(`?${params.toString()}`, ['en']).run);
}

const edits: Edit[] = [
  { kind: 'script', entries: [{ at: 3, crash: 'A3' }] },
  { kind: 'add-proposer', at: 4, value: 'Y' },
];

describe('links', () => {
  it('carry a preset, its edits, the position and the language, and open to the same run', () => {
    const params = encodeRun(
      { presetId: 'basic', base: preset('basic'), edits, cursor: 3.25, step: 9 },
      'zh',
    );
    expect(params.get('scenario')).toBe('basic');
    expect(params.get('lang')).toBe('zh');
    expect(params.get('v')).toBe('1');
    expect(reopen(params)).toEqual({
      presetId: 'basic',
      base: preset('basic'),
      edits,
      cursor: 3.25,
      step: 9,
      error: null,
    });
  });

  it('carry a whole imported scenario, compressed', () => {
    const imported = validateScenario({
      version: 1,
      name: 'mine',
      nodes: { clients: 1, proposers: 1, acceptors: 5, learners: 1 },
      script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value: '值' } }],
    });
    if (!imported.ok) throw new Error('invalid');
    const params = encodeRun(
      { presetId: null, base: imported.scenario, edits: [], cursor: 0, step: 0 },
      'en',
    );
    expect(params.get('scenario')).toBeNull();
    expect(params.get('s')!.length).toBeLessThan(200);
    expect(reopen(params)).toMatchObject({
      presetId: null,
      base: imported.scenario,
      edits: [],
      error: null,
    });
  });

  it('open hand-written links: no version, a seed, a time only', () => {
    const opened = openRun(optionsFromUrl('?scenario=lossy-network&seed=42&t=7', ['en']).run);
    expect(opened).toMatchObject({
      presetId: 'lossy-network',
      edits: [{ kind: 'seed', seed: 42 }],
      cursor: 7,
      step: null,
      error: null,
    });
  });

  it('open a hand-written broken rule as an edit, which the link then carries', () => {
    const opened = openRun(
      optionsFromUrl('?scenario=dueling-proposers&bug=amnesiac-acceptor', ['en']).run,
    );
    expect(opened).toMatchObject({
      presetId: 'dueling-proposers',
      edits: [{ kind: 'bugs', bugs: ['amnesiac-acceptor'] }],
      error: null,
    });
    const params = encodeRun({ ...opened, cursor: 0, step: 0 }, 'en');
    expect(params.get('bug')).toBeNull();
    expect(reopen(params).edits).toEqual(opened.edits);
  });

  it('open a rule of the log, broken by hand, on a Multi-Paxos run', () => {
    const opened = openRun(optionsFromUrl('?scenario=mp-hole-noop&bug=skip-holes', ['en']).run);
    expect(opened).toMatchObject({
      presetId: 'mp-hole-noop',
      edits: [{ kind: 'bugs', bugs: ['skip-holes'] }],
      error: null,
    });
  });

  it.each([
    ['an unknown preset', '?scenario=nope', 'unknown scenario "nope"'],
    [
      'a rule of the log to break in a run of one value',
      '?scenario=basic&bug=skip-holes',
      'this link breaks "skip-holes", a rule of the other protocol (this scenario\'s: ignore-promised-values, amnesiac-acceptor, minority-quorum, accept-any-ballot, shared-ballots)',
    ],
    [
      'a rule of one value to break in a log',
      '?scenario=mp-stable-leader&bug=ignore-promised-values',
      'this link breaks "ignore-promised-values", a rule of the other protocol (this scenario\'s: amnesiac-acceptor, minority-quorum, accept-any-ballot, shared-ballots, ignore-promised-slots, skip-holes, no-dedup, out-of-order-apply)',
    ],
    [
      'an unknown rule to break',
      '?scenario=basic&bug=lazy-learner',
      'this link breaks an unknown rule "lazy-learner" (known: ignore-promised-values, amnesiac-acceptor, minority-quorum, accept-any-ballot, shared-ballots)',
    ],
    [
      'a broken rule edit with a rule listed twice',
      `?scenario=basic&e=${compressToEncodedURIComponent(JSON.stringify([{ kind: 'bugs', bugs: ['shared-ballots', 'shared-ballots'] }]))}`,
      'the edits in this link are not valid: edits[0].bugs[1]: "shared-ballots" is listed twice',
    ],
    ['a damaged scenario', '?s=%%%garbage', 'the scenario in this link is damaged'],
    [
      'a scenario that does not validate',
      `?s=${compressToEncodedURIComponent(JSON.stringify({ version: 1, nodes: { clients: 1 }, script: [] }))}`,
      'the scenario in this link is not valid: nodes.proposers: required (1 to 9)',
    ],
    [
      'edits of an unknown kind',
      `?scenario=basic&e=${compressToEncodedURIComponent(JSON.stringify([{ kind: 'format-disk' }]))}`,
      'the edits in this link are not valid: edits[0].kind: unknown edit "format-disk" (known: script, add-proposer, remove-proposer, seed, bugs, quorums)',
    ],
    [
      'edits naming a node the scenario lacks',
      `?scenario=basic&e=${compressToEncodedURIComponent(JSON.stringify([{ kind: 'script', entries: [{ at: 2, crash: 'A7' }] }]))}`,
      'the edits in this link do not fit the scenario: script[1].crash: unknown node "A7" (acceptors are A1..A3)',
    ],
    [
      'a link from a newer Paxoscope',
      '?v=2&scenario=basic',
      'this link is from a newer Paxoscope (link version 2; this one reads version 1)',
    ],
    [
      'a version that is not a whole number',
      '?v=1.5&scenario=basic',
      'this link is damaged: its version "1.5" is not a whole number from 1',
    ],
    [
      'a scenario nested 5,000 deep',
      `?s=${pack(`${'['.repeat(5000)}${']'.repeat(5000)}`)}`,
      'the scenario in this link nests lists and objects more than 20 deep',
    ],
    [
      'a value that is an object with a toString',
      `?scenario=basic&e=${pack(JSON.stringify([{ kind: 'add-proposer', at: 1, value: { toString: 'X' } }]))}`,
      'the edits in this link are not valid: edits[0].value: must be a string, not an object',
    ],
    [
      'a value with a right-to-left override',
      `?scenario=basic&e=${pack(JSON.stringify([{ kind: 'script', entries: [{ at: 1, request: { client: 'C1', proposer: 'P1', value: 'X\u202e' } }] }]))}`,
      'the edits in this link are not valid: edits[0].entries[0].request.value: holds a bidi control (U+202E) at character 2; text here must be plain',
    ],
  ])('open the basic scenario and say why, for %s', (_, search, error) => {
    const opened = openRun(optionsFromUrl(search, ['en']).run);
    expect(opened).toMatchObject({ presetId: 'basic', base: preset('basic'), edits: [], error });
  });
});

describe('links from strangers', () => {
  it('refuse edits of 1000 entries each by counting them, before reading or applying any', () => {
    const entries = Array.from({ length: 1000 }, () => ({ at: 1, heal: true }));
    const edits = [
      { kind: 'script', entries },
      { kind: 'script', entries },
    ];
    const opened = openRun({
      ...optionsFromUrl('?scenario=basic', ['en']).run,
      edits: compressToEncodedURIComponent(JSON.stringify(edits)),
    });
    expect(opened.error).toBe(
      'the edits in this link are not valid: edits[0].entries: brings the script to 1001 entries; the limit is 1000',
    );
  });

  it('stop decompressing a link bomb at the limit', () => {
    const bomb = compressToEncodedURIComponent('a'.repeat(1_000_100));
    const opened = openRun({ ...optionsFromUrl('?scenario=basic', ['en']).run, edits: bomb });
    expect(opened.error).toBe('the list of edits in this link is longer than 1000000 characters');
  });

  it('refuse a compressed part past its length before decompressing it', () => {
    const opened = openRun({
      ...optionsFromUrl('', ['en']).run,
      scenario: 'A'.repeat(2_000_001),
    });
    expect(opened.error).toBe(
      'the scenario in this link is 2000001 characters; the limit is 2000000',
    );
  });

  it('open a link that says version 1, or none', () => {
    expect(openRun(optionsFromUrl('?v=1&scenario=basic', ['en']).run).error).toBeNull();
  });
});

describe('options', () => {
  it('read modes, embed options and language, ignoring nonsense', () => {
    const options = optionsFromUrl(
      '?embed=1&autoplay&loop=1&speed=4&start=2&stop=9&controls=0&theme=dark&lang=zh',
      ['en'],
    );
    expect(options).toMatchObject({
      mode: 'embed',
      autoplay: true,
      loop: true,
      speed: 4,
      start: 2,
      stop: 9,
      controls: false,
      theme: 'dark',
      lang: 'zh',
    });
    const nonsense = optionsFromUrl('?speed=fast&start=-3&theme=neon&lang=fr', ['zh-CN']);
    expect(nonsense).toMatchObject({
      mode: 'full',
      speed: null,
      start: null,
      theme: 'system',
      lang: 'zh',
    });
    expect(optionsFromUrl('?present=1', ['en']).mode).toBe('present');
  });
});
