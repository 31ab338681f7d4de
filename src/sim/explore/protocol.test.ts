import { describe, expect, it } from 'vitest';
import type { ExploreMessage } from './protocol';
import { serveExplore } from './protocol';
import { LAB_MODEL, LAB_RANDOM } from './model';

describe('the search worker', () => {
  it('posts progress, then the report with its counterexample', () => {
    const messages: ExploreMessage[] = [];
    let now = 0;
    serveExplore(
      {
        model: { ...LAB_MODEL, bugs: ['minority-quorum'] },
        target: ['Agreement'],
        limits: { statesMax: 100_000, timeMaxMs: Number.POSITIVE_INFINITY },
        random: { ...LAB_RANDOM, timeMaxMs: Number.POSITIVE_INFINITY },
      },
      // Every read of the clock is 40 ms later: progress is posted at most every 100 ms.
      () => (now += 40),
      (message) => messages.push(message),
    );
    const last = messages.at(-1)!;
    expect(last.kind).toBe('done');
    if (last.kind !== 'done') return;
    expect(last.report.counterexample?.violation.invariant).toBe('Agreement');
    // Random schedules find it first: that run is posted at once, before the shortest.
    const found = messages.findIndex((m) => m.kind === 'found');
    expect(found).toBeGreaterThan(-1);
    expect(messages.filter((m) => m.kind === 'found')).toHaveLength(1);
    expect(messages.slice(0, -1).every((m, i) => m.kind === 'progress' || i === found)).toBe(true);
    const early = messages[found]!;
    if (early.kind === 'found') {
      expect(early.counterexample.found).toBe('random');
      expect(structuredClone(early.counterexample)).toEqual(early.counterexample);
    }
    // The report crosses to the page by structured clone: plain data only.
    expect(structuredClone(last.report)).toEqual(last.report);
  });

  it('refuses a model out of range with the reason, before searching', () => {
    const messages: ExploreMessage[] = [];
    serveExplore(
      {
        model: { ...LAB_MODEL, acceptors: 40 },
        target: ['Agreement'],
        limits: { statesMax: 10, timeMaxMs: 10 },
        random: null,
      },
      () => 0,
      (message) => messages.push(message),
    );
    expect(messages).toEqual([
      { kind: 'failed', error: 'acceptors is 40; it must be a whole number from 1 to 5' },
    ]);
  });
});
