import { describe, expect, it } from 'vitest';
import type { Bug } from '../engine';
import { preset } from '../scenario';
import { runScenario } from '../sim';
import { counterexampleScenario, LAB_MODEL, search } from '../sim/explore';
import { ALL_REDUCTIONS } from '../sim/explore/searchOptions';
import { quorumStory } from './quorums';
import type { ConflictReason } from './quorums';

function storyAtEnd(trace: ReturnType<typeof runScenario>) {
  return quorumStory(trace, trace.steps.length);
}

// Searches take seconds, more on a busy machine: the cap is generous, never a measure.
describe('quorum story', { timeout: 30_000 }, () => {
  it('shows the chosen value and its accept quorum, and nothing before it is chosen', () => {
    const trace = runScenario(preset('basic'));
    const story = storyAtEnd(trace);
    expect(story.chosen).toMatchObject({ ballot: 1, value: 'X' });
    expect(story.chosen!.members.map((m) => m.acceptor)).toEqual(['A1', 'A2']);
    expect(story.later).toEqual([]);
    expect(story.conflict).toBeNull();
    expect(quorumStory(trace, story.chosen!.step - 1).chosen).toBeNull();
  });

  it('shows a later ballot learning the chosen value through the acceptor both quorums share', () => {
    const trace = runScenario(preset('chosen-is-stable'));
    const story = storyAtEnd(trace);
    expect(story.later.length).toBeGreaterThan(0);
    for (const later of story.later) {
      expect(later.ballot).toBeGreaterThan(story.chosen!.ballot);
      expect(later.shared.length).toBeGreaterThan(0);
      expect(later.value).toBe(story.chosen!.value);
      expect(later.adopted?.value).toBe(story.chosen!.value);
    }
  });

  const REASONS: Record<Bug, ConflictReason['kind']> = {
    'ignore-promised-values': 'ignored',
    'amnesiac-acceptor': 'forgot',
    'minority-quorum': 'disjoint',
    'accept-any-ballot': 'accepted-after-promise',
    'shared-ballots': 'same-ballot',
  };

  it.each(Object.entries(REASONS))(
    'explains the counterexample of %s by the rule it breaks',
    (bug, kind) => {
      const model = {
        ...LAB_MODEL,
        bugs: [bug as Bug],
        bounds: { ...LAB_MODEL.bounds, maxBallot: 2 },
      };
      let now = 0;
      const { counterexample } = search(model, {
        target: ['Agreement'],
        reductions: ALL_REDUCTIONS,
        limits: { statesMax: 1_000_000, timeMaxMs: Number.POSITIVE_INFINITY },
        random: null,
        stopAtFirst: true,
        clock: () => now++,
      });
      const trace = runScenario(
        counterexampleScenario(model, counterexample!.steps, {
          name: bug,
          title: null,
          goal: null,
        }),
      );
      const { conflict } = storyAtEnd(trace);
      expect(conflict).not.toBeNull();
      expect(conflict!.reason?.kind).toBe(kind);
      const facts = counterexample!.violation.facts;
      if (facts.code !== 'two-values-chosen') throw new Error('not an agreement violation');
      const pair = [conflict!.low, conflict!.high].map((q) => [
        q.ballot,
        q.value,
        q.members.map((m) => m.acceptor),
      ]);
      expect(pair).toEqual(
        expect.arrayContaining(
          [facts.first, facts.second].map((f) => [f.ballot, f.value, f.acceptors]),
        ),
      );
      expect(conflict!.low.ballot).toBeLessThanOrEqual(conflict!.high.ballot);
      // Which was chosen first is the engine's word, and the run's order of steps agrees.
      const [before, after] =
        conflict!.first === 'low'
          ? [conflict!.low, conflict!.high]
          : [conflict!.high, conflict!.low];
      expect([before.ballot, before.value]).toEqual([facts.first.ballot, facts.first.value]);
      expect(before.step).toBeLessThan(after.step);
      expect(conflict!.step).toBe(trace.steps.length);
    },
  );
});
