import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario';
import { presetFile } from '../scenario/presets';
import { runScenario } from './run';
import {
  asks,
  chosen,
  eventsOf,
  heard,
  promisesBefore,
  proposal,
  rightAnswer,
  runPreset,
} from './presets.testing';

/** The presets where one node fails (or a majority does) and Paxos carries on or waits. */

describe('preset basic', () => {
  const trace = runPreset('basic');

  it('chooses X in ballot 1 and both learners answer C1 with X', () => {
    expect(chosen(trace)).toEqual([{ value: 'X', ballot: 1, at: 4, by: ['A1', 'A2'] }]);
    expect(trace.final.learners.map((l) => l.learned?.value)).toEqual(['X', 'X']);
    expect(heard(trace, 'C1')).toEqual(['X', 'X']);
  });

  it('asks which value P1 proposes before P1 proposes it, and the answer is X', () => {
    const propose = proposal(trace, 'P1', 1);
    expect(propose).toMatchObject({ value: 'X', adopted: null });
    const [ask] = asks('basic');
    expect(ask!.at).toBeLessThan(propose.at);
    expect(rightAnswer(ask!)).toContain('X');
  });
});

describe('preset acceptor-failure', () => {
  const trace = runPreset('acceptor-failure');

  it('goes on with the two acceptors left, a majority, in a single ballot', () => {
    expect(eventsOf(trace, 'crash').map((e) => e.node)).toEqual(['A3']);
    expect(promisesBefore(trace, 'P1', 1).map((p) => p.from)).toEqual(['A1', 'A2']);
    expect(eventsOf(trace, 'prepare')).toHaveLength(1);
    expect(chosen(trace)).toEqual([{ value: 'X', ballot: 1, at: 4, by: ['A1', 'A2'] }]);
    expect(heard(trace, 'C1')).toEqual(['X', 'X']);
  });
});

describe('preset learner-failure', () => {
  const trace = runPreset('learner-failure');

  it('chooses X; L1 learns it and answers C1 once, L2 learns nothing', () => {
    expect(chosen(trace).map((c) => [c.value, c.ballot])).toEqual([['X', 1]]);
    expect(trace.final.learners.map((l) => l.learned?.value ?? null)).toEqual(['X', null]);
    expect(trace.final.clients[0]!.responses.map((r) => [r.from, r.value])).toEqual([['L1', 'X']]);
    const toL2 = trace.messages.filter((m) => m.type === 'Accepted' && m.to === 'L2');
    expect(toL2.map((m) => m.dropReason)).toEqual(['crashed', 'crashed', 'crashed']);
  });
});

describe('preset proposer-failure', () => {
  const trace = runPreset('proposer-failure');

  it('leaves X accepted by A1 alone, which is not a choice', () => {
    const acceptedInBallot1 = trace.messages.filter(
      (m) => m.type === 'Accept' && m.ballot === 1 && m.fate === 'delivered',
    );
    expect(acceptedInBallot1.map((m) => m.to)).toEqual(['A1']);
    expect(chosen(trace).filter((c) => c.ballot === 1)).toEqual([]);
  });

  it('makes the new proposer adopt X although its client asked for Y', () => {
    expect(trace.final.clients[1]!.requests.map((r) => [r.proposer, r.value])).toEqual([
      ['P2', 'Y'],
    ]);
    expect(proposal(trace, 'P2', 2)).toMatchObject({
      value: 'X',
      adopted: { ballot: 1, value: 'X', acceptor: 'A1' },
    });
    expect(chosen(trace).map((c) => [c.value, c.ballot])).toEqual([['X', 2]]);
  });

  it('answers C2, the client of ballot 2, with X and leaves C1 without an answer', () => {
    expect(heard(trace, 'C2')).toEqual(['X', 'X']);
    expect(heard(trace, 'C1')).toEqual([]);
  });

  it('asks before P2 proposes, and the right answer is the adopted X', () => {
    const [ask] = asks('proposer-failure');
    expect(ask!.at).toBeLessThan(proposal(trace, 'P2', 2).at);
    expect(rightAnswer(ask!)).toMatch(/^X\b/);
  });
});

describe('preset crash-recovery', () => {
  const trace = runPreset('crash-recovery');

  it('chooses X by A1 and A2 before both crash', () => {
    const [first] = chosen(trace);
    const crashes = eventsOf(trace, 'crash');
    expect(first).toMatchObject({ value: 'X', ballot: 1, by: ['A1', 'A2'] });
    expect(crashes.map((e) => e.node)).toEqual(['A1', 'A2']);
    expect(crashes.every((e) => e.at > first!.at)).toBe(true);
  });

  it('restarts A1 with its vote, which makes P2 propose X again', () => {
    expect(eventsOf(trace, 'restart')).toMatchObject([{ node: 'A1', forgot: false }]);
    expect(promisesBefore(trace, 'P2', 2)).toEqual([
      { from: 'A1', accepted: { ballot: 1, value: 'X' } },
      { from: 'A3', accepted: null },
    ]);
    expect(proposal(trace, 'P2', 2).value).toBe('X');
    expect(chosen(trace).map((c) => c.value)).toEqual(['X', 'X']);
    expect(heard(trace, 'C2')).toEqual(['X', 'X']);
  });

  it('asks before P2 proposes, and the right answer is X', () => {
    const [ask] = asks('crash-recovery');
    expect(ask!.at).toBeLessThan(proposal(trace, 'P2', 2).at);
    expect(rightAnswer(ask!)).toMatch(/^X\b/);
  });

  it('would choose a second value if A1 forgot its vote (the amnesiac-acceptor rule break)', () => {
    const result = validateScenario({
      ...presetFile('crash-recovery'),
      bugs: ['amnesiac-acceptor'],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const broken = runScenario(result.scenario);
    expect(proposal(broken, 'P2', 2).value).toBe('Y');
    expect(broken.violations.map((v) => v.invariant)).toContain('Agreement');
  });
});

describe('preset no-quorum', () => {
  const trace = runPreset('no-quorum');
  const recovery = eventsOf(trace, 'restart')[0]!;

  it('chooses nothing while two of three acceptors are down, however often P1 retries', () => {
    const timeouts = eventsOf(trace, 'backoff').filter((e) => e.at < recovery.at);
    expect(timeouts.length).toBeGreaterThanOrEqual(2);
    expect(timeouts.every((e) => e.reason === 'timeout')).toBe(true);
    expect(eventsOf(trace, 'propose').filter((e) => e.at < recovery.at)).toEqual([]);
    expect(chosen(trace).filter((c) => c.at < recovery.at)).toEqual([]);
  });

  it('chooses X once A2 is back and a majority exists again', () => {
    expect(recovery.node).toBe('A2');
    expect(chosen(trace)).toMatchObject([{ value: 'X', by: ['A1', 'A2'] }]);
    expect(chosen(trace)[0]!.at).toBeGreaterThan(recovery.at);
    expect(heard(trace, 'C1')).toEqual(['X', 'X']);
    expect(trace.end).toBe(trace.scenario.until);
  });
});
