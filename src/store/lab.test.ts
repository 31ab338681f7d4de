import { describe, expect, it } from 'vitest';
import { preset } from '../scenario';
import { logPreset } from '../scenario/presets/multi';
import type { Explorer, ExploreMessage, ExploreRequest } from '../sim/explore';
import { serveExplore } from '../sim/explore';
import { undo } from './edit';
import { cancelSearch, findCounterexample, rulesOf, setLabModel, setRuleKept } from './lab';
import { stepBack } from './playback';
import { storeFor } from './storeFor.testing';

/** The worker's body run in this thread, its clock one millisecond a read. */
const inThread: Explorer = (request, onMessage) => {
  let now = 0;
  serveExplore(request, () => now++, onMessage);
  return () => undefined;
};

/** An explorer that posts what the test tells it to, and records a cancel. */
function scripted() {
  let post: (message: ExploreMessage) => void = () => undefined;
  const control = { cancelled: 0, post: (m: ExploreMessage) => post(m) };
  const explore: Explorer = (_, onMessage) => {
    post = onMessage;
    return () => control.cancelled++;
  };
  return { explore, control };
}

describe('safety lab', () => {
  it('breaks a rule as an edit: the run is played again with it, and Undo keeps it again', () => {
    const store = storeFor(preset('dueling-proposers'));
    setRuleKept(store, 'minority-quorum', false);
    expect(store.getState().scenario.bugs).toEqual(['minority-quorum']);
    expect(store.getState().trace.scenario.bugs).toEqual(['minority-quorum']);
    setRuleKept(store, 'amnesiac-acceptor', false);
    expect(store.getState().scenario.bugs).toEqual(['amnesiac-acceptor', 'minority-quorum']);
    undo(store);
    setRuleKept(store, 'minority-quorum', true);
    expect(store.getState().scenario.bugs).toEqual([]);
    expect(store.getState().past).toHaveLength(2);
  });

  it('puts the counterexample it finds on the timeline, at the violation', () => {
    const store = storeFor(preset('dueling-proposers'));
    setRuleKept(store, 'accept-any-ballot', false);
    setLabModel(store, { maxBallot: 2 });
    findCounterexample(store, inThread);
    const state = store.getState();
    expect(state.lab.search.status).toBe('done');
    expect(state.presetId).toBeNull();
    expect(state.scenario.bugs).toEqual(['accept-any-ballot']);
    expect(state.scenario.title?.en).toBe('Counterexample: Keep the promise');
    expect(state.scenario.title?.zh).toBe('反例：信守承诺');
    expect(state.step).toBe(state.trace.steps.length);
    expect(state.cursor).toBe(state.trace.end);
    expect(state.trace.violations.some((v) => v.invariant === 'Agreement')).toBe(true);
    expect(state.scenario.goal?.en).toBe(
      'The shortest run in which, with this rule broken, two values are chosen: Paxoscope searched every shorter one first.',
    );
  });

  it('breaks the log’s own rules in a Multi-Paxos run, and finds the run that leaves a hole', () => {
    const store = storeFor(logPreset('mp-hole-noop'));
    expect(rulesOf(store.getState().scenario.protocol)).toContain('skip-holes');
    expect(rulesOf(store.getState().scenario.protocol)).not.toContain('ignore-promised-values');
    setRuleKept(store, 'skip-holes', false);
    expect(store.getState().scenario.bugs).toEqual(['skip-holes']);
    // The breadth-first search of the lab's log model takes half a minute; its random
    // schedules, given room, find the hole at once (as in logSearch.test.ts).
    const randomOnly: Explorer = (request, onMessage) =>
      inThread(
        {
          ...request,
          random: { walks: 2000, stepsMax: 80, timeMaxMs: Number.POSITIVE_INFINITY, seed: 1 },
          limits: { statesMax: 1, timeMaxMs: Number.POSITIVE_INFINITY },
        },
        onMessage,
      );
    findCounterexample(store, randomOnly);
    const state = store.getState();
    expect(state.lab.search.status).toBe('done');
    expect(state.scenario.protocol).toBe('multi-paxos');
    expect(state.scenario.title?.en).toBe('Counterexample: Fill every gap with noop');
    expect(state.trace.violations.map((v) => v.invariant)).toContain('NoHoles');
    expect(state.scenario.goal?.en).toMatch(
      /^A run in which, with this rule broken, a slot below the leader’s next one is left empty for ever/,
    );
  });

  it('with every rule kept, reports the bounded claim and leaves the run alone', () => {
    const store = storeFor(preset('basic'));
    setLabModel(store, { maxBallot: 2, acceptors: 3, proposers: 2 });
    const before = store.getState().trace;
    findCounterexample(store, inThread);
    const { lab, trace } = store.getState();
    expect(trace).toBe(before);
    if (lab.search.status !== 'done') throw new Error(`search ${lab.search.status}`);
    expect(lab.search.report).toMatchObject({
      complete: true,
      counterexample: null,
      violations: 0,
    });
    expect(lab.search.report.model).toMatchObject({ acceptors: 3, proposers: 2, bugs: [] });
  });

  it('shows progress, and Cancel stops the search where it was', () => {
    const store = storeFor();
    const { explore, control } = scripted();
    findCounterexample(store, explore);
    const progress = {
      phase: 'exhaustive',
      walks: 2000,
      states: 1234,
      transitions: 5000,
      depth: 9,
      elapsedMs: 800,
      used: 0.1,
    } as const;
    control.post({ kind: 'progress', progress });
    expect(store.getState().lab.search).toEqual({ status: 'running', progress, found: null });
    cancelSearch(store);
    expect(control.cancelled).toBe(1);
    expect(store.getState().lab.search).toEqual({ status: 'cancelled', progress, found: null });
    cancelSearch(store);
    expect(control.cancelled).toBe(1);
  });

  it('shows what random schedules found at once, and replaces it only with a shorter or proven run', () => {
    const recorded: ExploreMessage[] = [];
    const store = storeFor(preset('dueling-proposers'));
    setRuleKept(store, 'minority-quorum', false);
    findCounterexample(store, (request, onMessage) =>
      inThread(request, (message) => {
        recorded.push(message);
        onMessage(message);
      }),
    );
    const early = recorded.find((m) => m.kind === 'found')!;
    const done = recorded.at(-1)!;
    if (early.kind !== 'found' || done.kind !== 'done') throw new Error('no early run');

    const again = storeFor(preset('dueling-proposers'));
    setRuleKept(again, 'minority-quorum', false);
    const { explore, control } = scripted();
    findCounterexample(again, explore);
    control.post(early);
    let state = again.getState();
    expect(state.lab.search).toMatchObject({ status: 'running', found: early.counterexample });
    expect(state.scenario.goal?.en).toMatch(/^A run in which, with this rule broken, two values/);
    expect(state.step).toBe(state.trace.steps.length);
    // The student steps back through it while the search goes on; the same run, when it turns
    // out to be the best, is not loaded again under them.
    stepBack(again);
    const step = again.getState().step;
    control.post({
      kind: 'done',
      report: { ...done.report, counterexample: early.counterexample },
    });
    expect(again.getState().step).toBe(step);
    expect(again.getState().lab.search.status).toBe('done');

    findCounterexample(again, explore);
    control.post(early);
    control.post(done);
    state = again.getState();
    expect(done.report.counterexample!.found).toBe('exhaustive');
    expect(state.scenario.goal?.en).toMatch(/^The shortest run in which/);
  });

  it('says why a search failed', () => {
    const store = storeFor();
    const { explore, control } = scripted();
    findCounterexample(store, explore);
    control.post({ kind: 'failed', error: 'out of memory' });
    expect(store.getState().lab.search).toEqual({ status: 'failed', error: 'out of memory' });
  });
});

describe('the lab on a run with its own quorums or protocol', () => {
  it('searches with the run’s own acceptors and quorums (fp-broken-quorums: 2 and 2 of 4)', () => {
    const requests: ExploreRequest[] = [];
    const record: Explorer = (request) => {
      requests.push(request);
      return () => {};
    };
    findCounterexample(storeFor(logPreset('fp-broken-quorums')), record);
    expect(requests[0]!.model).toMatchObject({ acceptors: 4, quorums: { phase1: 2, phase2: 2 } });
    expect(requests[0]!.model.protocol).toBeUndefined();
    findCounterexample(storeFor(logPreset('mp-stable-leader')), record);
    expect(requests[1]!.model).toMatchObject({ protocol: 'multi-paxos', slots: 2 });
    expect(requests[1]!.target).toContain('NoHoles');
  });
});
