import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import type { Bug } from '../engine';
import { nodeSet } from '../engine';
import { preset } from '../scenario';
import { runScenario } from '../sim';
import { counterexampleScenario, LAB_MODEL, search } from '../sim/explore';
import { ALL_REDUCTIONS } from '../sim/explore/searchOptions';
import { worldAfter } from '../trace';
import { narrate } from './narration';
import { nodeViews } from './nodeViews';
import { seek, stepForward } from './playback';
import { basicScenario, scenarioOf, storeFor } from './storeFor.testing';

/** Every sentence of the run, step by step; `at` prefixes each with its tick. */
function storyOf(store: ReturnType<typeof storeFor>, at = false): string[] {
  const story: string[] = [];
  const { trace } = store.getState();
  while (store.getState().step < trace.steps.length) {
    stepForward(store);
    const { step, world } = store.getState();
    for (const l of narrate(trace, step, world))
      story.push(`${at ? `${world.now}: ` : ''}${t('en', l.key, l.params)}`);
  }
  return story;
}

describe('narration', () => {
  it('tells the basic run step by step, saying why', () => {
    const story = storyOf(storeFor());
    expect(story.slice(0, 6)).toEqual([
      'C1 asks P1 to get X chosen.',
      'P1 gets C1’s request for X and starts ballot 1: it asks every acceptor to promise not to accept lower ballots (Prepare(1)).',
      'A1 promises ballot 1: from now on it ignores lower ballots. It has accepted nothing yet.',
      'A2 promises ballot 1: from now on it ignores lower ballots. It has accepted nothing yet.',
      'A3 promises ballot 1: from now on it ignores lower ballots. It has accepted nothing yet.',
      'P1 has 1 of the 2 promises it needs for ballot 1.',
    ]);
    expect(story).toContain(
      'P1 has promises from a majority. No acceptor reported an accepted value, so it is free to propose its client’s value X: Accept!(1,X).',
    );
    expect(story).toContain(
      'X is now chosen: a majority (A1, A2) accepted it in ballot 1. No later ballot can choose anything else.',
    );
    expect(story).toContain(
      'L1 has heard a majority accept X in ballot 1: it learns X and tells C1.',
    );
    expect(story).toContain('P1 has Accepted from a majority: it knows X is chosen.');
    expect(story.at(-1)).toBe('C1 hears from L2 that X was chosen.');
  });

  it('says a late promise or Accepted changes nothing, for the reason the engine gives', () => {
    const store = storeFor();
    const linesAt = (step: number) => {
      while (store.getState().step < step) stepForward(store);
      const { trace, world } = store.getState();
      return narrate(trace, step, world).map((l) => t('en', l.key, l.params));
    };
    // P1 is still in ballot 1: the third promise is late, not old.
    expect(linesAt(8)).toEqual([
      'P1 already has its quorum of promises for ballot 1: this one changes nothing.',
    ]);
    // The third Accepted is for P1's own proposal, which P1 already knows is chosen.
    expect(linesAt(18)).toEqual(['P1 already knows X is chosen, so this changes nothing.']);
  });

  it('promises nothing else can be chosen only while every rule is kept', () => {
    const broken = storyOf(storeFor({ ...basicScenario, bugs: ['minority-quorum'] }));
    expect(broken).toContain(
      'X is now chosen: A1 accepted it in ballot 1. With a rule of Paxos broken, nothing keeps another ballot, earlier or later, from choosing another value.',
    );
    expect(broken.join(' ')).not.toContain('No later ballot can choose anything else');
  });

  it('explains why a proposer must adopt a reported value', () => {
    const adopt = scenarioOf({
      version: 1,
      nodes: { clients: 2, proposers: 2, acceptors: 3, learners: 1 },
      script: [
        { at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } },
        { at: 3, drop: { type: 'Accept', from: 'P1', to: 'A2' }, until: 3 },
        { at: 3, drop: { type: 'Accept', from: 'P1', to: 'A3' }, until: 3 },
        { at: 4, crash: 'P1' },
        { at: 6, request: { client: 'C2', proposer: 'P2', value: 'Y' } },
      ],
    });
    const story = storyOf(storeFor(adopt));
    expect(story).toContain(
      'A1 promises ballot 2 and reports that it already accepted X in ballot 1, so P2 can no longer propose just any value.',
    );
    expect(story).toContain(
      'P2 has promises from a majority. The highest ballot reported is 1 (by A1), with value X, so P2 must propose X: it may already be chosen.',
    );
    expect(story).toContain(
      'P1 crashes: the ballot it was running is lost; only its highest ballot survives.',
    );
    expect(story).toContain('The scenario drops Accept!(1,X) from P1 to A2.');
  });

  it('says when a refused proposer will retry, on the tick the diagram shows', () => {
    const duel = scenarioOf({
      version: 1,
      nodes: { clients: 2, proposers: 2, acceptors: 3, learners: 1 },
      proposer: { timeout: 10, backoff: [3, 3] },
      script: [
        { at: 0, request: { client: 'C2', proposer: 'P2', value: 'Y' } },
        { at: 1, request: { client: 'C1', proposer: 'P1', value: 'X' } },
      ],
    });
    const told = storyOf(storeFor(duel), true);
    expect(told).toContain(
      '4: P1 hears that ballot 2 was promised, so its ballot 1 cannot succeed. It will retry with a higher ballot at tick 7.',
    );
    expect(told).toContain('7: P1 tries again with ballot 3, higher than any ballot it has seen.');
  });

  it('calls out a broken rule and the safety violation it causes', () => {
    const broken = scenarioOf({
      version: 1,
      bugs: ['minority-quorum'],
      nodes: { clients: 2, proposers: 2, acceptors: 3, learners: 1 },
      script: [
        { at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } },
        { at: 0, request: { client: 'C2', proposer: 'P2', value: 'Y' } },
        {
          at: 0,
          partition: [
            ['C1', 'P1', 'A1'],
            ['C2', 'P2', 'A2'],
          ],
        },
      ],
    });
    const store = storeFor(broken);
    const story = storyOf(store);
    expect(story).toContain(
      'Two different values are chosen: first X in ballot 1 by {A1}, now Y in the later ballot 2 by {A2}.',
    );
    // The violation line says the second choice: it is not said twice.
    expect(story.join(' ')).not.toContain('Y is now chosen');
    expect(
      story.some((s) =>
        s.startsWith('The network splits: {C1, P1, A1} | {C2, P2, A2} | {A3, L1}.'),
      ),
    ).toBe(true);
  });
});

describe('node headers', () => {
  it('count a proposer’s pending timeout down, tick by tick, and wear its ballot', () => {
    const store = storeFor(basicScenario);
    seek(store, 3);
    const at = (tick: number) => {
      seek(store, tick);
      const world = store.getState().world;
      return { now: world.now, p1: nodeViews(world).find((v) => v.id === 'P1')! };
    };
    const first = at(3);
    const later = at(4);
    expect(first.p1.ballot).toBe(1);
    expect(first.p1.countdown).toMatchObject({ kind: 'timeout' });
    expect(later.now).toBeGreaterThan(first.now);
    expect(later.p1.countdown!.left).toBe(first.p1.countdown!.left - (later.now - first.now));
    expect(first.p1.countdown!.left).toBeLessThanOrEqual(first.p1.countdown!.total);
    expect(nodeViews(store.getState().world).find((v) => v.id === 'A1')!.countdown).toBeNull();
  });

  it('show each role’s live state', () => {
    const store = storeFor(basicScenario);
    seek(store, 3);
    const views = Object.fromEntries(
      nodeViews(store.getState().world).map((v) => [
        v.id,
        v.lines.map((l) => t('en', l.key, l.params)),
      ]),
    );
    expect(views.C1).toEqual(['waiting (X)']);
    expect(views.P1).toEqual(['phase\u00a02 · ballot\u00a01', 'proposes X', 'accepted 0/2']);
    expect(views.A1).toEqual(['promised\u00a01', 'accepted nothing']);
    expect(views.L1).toEqual(['learned nothing']);
    seek(store, 99);
    const end = Object.fromEntries(
      nodeViews(store.getState().world).map((v) => [
        v.id,
        v.lines.map((l) => t('en', l.key, l.params)),
      ]),
    );
    expect(end).toMatchObject({
      C1: ['answered: X'],
      P1: ['knows X is chosen'],
      A3: ['promised\u00a01', 'accepted (1,\u00a0X)'],
      L2: ['learned X'],
    });
  });
});

describe('a retry promised past the end of the run', () => {
  it('is said to come after the run ends, and only then', () => {
    const trace = runScenario(preset('stress'));
    const keysAt = (step: number) =>
      narrate(trace, step, worldAfter(trace, step)).map((l) => l.key);
    const backoffs = trace.steps.flatMap((s, i) =>
      trace.events
        .slice(s.eventStart, s.eventEnd)
        .flatMap((e) => (e.kind === 'backoff' ? [{ step: i + 1, retryAt: e.retryAt }] : [])),
    );
    const late = backoffs.filter((b) => b.retryAt > trace.end);
    const inTime = backoffs.filter((b) => b.retryAt <= trace.end);
    expect(late.length).toBeGreaterThan(0);
    expect(inTime.length).toBeGreaterThan(0);
    for (const b of late) expect(keysAt(b.step)).toContain('narration.retryAfterEnd');
    for (const b of inTime) expect(keysAt(b.step)).not.toContain('narration.retryAfterEnd');
  });

  // A search takes seconds, more on a busy machine: the cap is generous, never a measure.
  it.each(['amnesiac-acceptor', 'accept-any-ballot'] as Bug[])(
    'says which value a counterexample of %s chose first, in the engine’s order',
    { timeout: 30_000 },
    (bug) => {
      const model = { ...LAB_MODEL, bugs: [bug], bounds: { ...LAB_MODEL.bounds, maxBallot: 2 } };
      let now = 0;
      const { counterexample } = search(model, {
        target: ['Agreement'],
        reductions: ALL_REDUCTIONS,
        limits: { statesMax: 1_000_000, timeMaxMs: Number.POSITIVE_INFINITY },
        random: null,
        stopAtFirst: true,
        clock: () => now++,
      });
      const facts = counterexample!.violation.facts;
      if (facts.code !== 'two-values-chosen') throw new Error('not an agreement violation');
      const { first, second } = facts;
      const scenario = counterexampleScenario(model, counterexample!.steps, {
        name: bug,
        title: null,
        goal: null,
      });
      const story = storyOf(storeFor(scenario));
      const which = second.ballot < first.ballot ? 'earlier' : 'later';
      expect(story).toContain(
        `Two different values are chosen: first ${first.value} in ballot ${first.ballot} by ${nodeSet(first.acceptors)}, now ${second.value} in the ${which} ballot ${second.ballot} by ${nodeSet(second.acceptors)}.`,
      );
      expect(story).toContain(
        `${first.value} is now chosen: ${first.acceptors.join(', ')} accepted it in ballot ${first.ballot}. With a rule of Paxos broken, nothing keeps another ballot, earlier or later, from choosing another value.`,
      );
      expect(story.join(' ')).not.toContain('a later ballot from choosing');
    },
  );
});
