import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { oneLine } from '../scenario';
import { openRun } from './link';
import { optionsFromUrl } from './options';

const HOSTILE = ['\n', '\u001b[2J', '\u202e', '\u2066', '{"toString":"X"}', '__proto__'];

/** Link parameters at and past their limits, damaged, or carrying hostile JSON once decompressed. */
const json = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom(5, 25, 5000).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc
    .constantFrom(...HOSTILE)
    .map((h) => `[{"kind":"add-proposer","at":1,"value":${JSON.stringify(h)}}]`),
  fc
    .constantFrom(999, 1000, 1001)
    .map((n) =>
      JSON.stringify([
        { kind: 'script', entries: Array.from({ length: n }, () => ({ at: 0, heal: true })) },
      ]),
    ),
  fc.constant(
    '{"version":1,"nodes":{"clients":1,"proposers":1,"acceptors":3,"learners":1},"script":[],"x\\n\\u001b":1}',
  ),
);
const param = fc.oneof(
  json.map((j) => compressToEncodedURIComponent(j)),
  fc.string(),
  fc.constantFrom(...HOSTILE),
  json.map((j) => compressToEncodedURIComponent(j).slice(0, 7)),
);

describe('strangers’ links', () => {
  it('open a run or the basic scenario with a short, one-line reason, never a throw', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            v: fc.oneof(fc.constantFrom('1', '2', '1.5', '-1', '0', ''), fc.string()),
            scenario: fc.oneof(fc.constant('basic'), fc.string()),
            s: param,
            e: param,
            seed: fc.string(),
            bug: fc.oneof(fc.constantFrom(...HOSTILE), fc.string()),
          },
          { requiredKeys: [] },
        ),
        (query) => {
          const search = `?${new URLSearchParams(query).toString()}`;
          const opened = openRun(optionsFromUrl(search, ['en']).run);
          if (opened.error === null) return;
          expect(opened.presetId).toBe('basic');
          expect(opened.error.length).toBeLessThanOrEqual(240);
          // Nothing to escape: no newline, no terminal escape, no bidi control.
          expect(oneLine(opened.error)).toBe(opened.error);
        },
      ),
      { numRuns: 300 },
    );
  });
});
