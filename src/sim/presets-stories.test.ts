import { describe, expect, it } from 'vitest';
import { stepsThrough, worldAfter } from '../trace';
import {
  asks,
  chosen,
  eventsOf,
  heard,
  promisesBefore,
  proposal,
  rightAnswer,
  runPreset,
  votesOf,
} from './presets.testing';

/** The presets that show why Paxos's rules are what they are. */

describe('preset two-values', () => {
  const trace = runPreset('two-values');

  it('has A1 accept X in ballot 1 and then Y in ballot 2', () => {
    expect(votesOf(trace.final, 'A1')).toEqual([
      { ballot: 1, value: 'X' },
      { ballot: 2, value: 'Y' },
    ]);
    expect(trace.final.acceptors[0]!.accepted).toEqual({ ballot: 2, value: 'Y' });
  });

  it('lets P2, which hears only from A2 and A3, propose its own Y, and Y is chosen', () => {
    expect(promisesBefore(trace, 'P2', 2)).toEqual([
      { from: 'A2', accepted: null },
      { from: 'A3', accepted: null },
    ]);
    expect(proposal(trace, 'P2', 2)).toMatchObject({ value: 'Y', adopted: null });
    expect(chosen(trace).map((c) => [c.value, c.ballot])).toEqual([['Y', 2]]);
    expect(heard(trace, 'C2')).toEqual(['Y', 'Y']);
  });

  it('asks before P2 proposes, and the right answer is Y', () => {
    const [ask] = asks('two-values');
    expect(ask!.at).toBeLessThan(proposal(trace, 'P2', 2).at);
    expect(rightAnswer(ask!)).toMatch(/^Y\b/);
  });
});

describe('preset chosen-is-stable', () => {
  const trace = runPreset('chosen-is-stable');

  it('chooses X in ballot 1 before C2 asks P2 for Y', () => {
    const [first] = chosen(trace);
    const request = trace.final.clients[1]!.requests[0]!;
    expect(first).toMatchObject({ value: 'X', ballot: 1, by: ['A1', 'A2'] });
    expect(request).toMatchObject({ proposer: 'P2', value: 'Y' });
    expect(request.at).toBeGreaterThan(first!.at);
    expect(heard(trace, 'C1')).toEqual(['X', 'X']);
  });

  it('makes the later proposer propose the chosen X, reported by A2', () => {
    expect(promisesBefore(trace, 'P2', 2)).toEqual([
      { from: 'A2', accepted: { ballot: 1, value: 'X' } },
      { from: 'A3', accepted: null },
    ]);
    expect(proposal(trace, 'P2', 2)).toMatchObject({
      value: 'X',
      adopted: { ballot: 1, value: 'X', acceptor: 'A2' },
    });
    expect(chosen(trace).map((c) => [c.value, c.ballot])).toEqual([
      ['X', 1],
      ['X', 2],
    ]);
    expect(heard(trace, 'C2')).toEqual(['X', 'X']);
  });

  it('asks before P2 proposes, and the right answer is X', () => {
    const [ask] = asks('chosen-is-stable');
    expect(ask!.at).toBeLessThan(proposal(trace, 'P2', 2).at);
    expect(rightAnswer(ask!)).toMatch(/^X\b/);
  });
});

describe('preset split-majority', () => {
  const trace = runPreset('split-majority');
  const world = trace.final;

  it('has X accepted by three of five acceptors, but across ballots 1 and 3', () => {
    const holdersOfX = ['A1', 'A2', 'A3', 'A4', 'A5'].filter((a) =>
      votesOf(world, a).some((v) => v.value === 'X'),
    );
    expect(holdersOfX).toEqual(['A1', 'A3', 'A4']);
    expect(holdersOfX.length).toBeGreaterThanOrEqual(world.rules.quorum);
    expect(votesOf(world, 'A1')).toContainEqual({ ballot: 1, value: 'X' });
    expect(votesOf(world, 'A3')).toContainEqual({ ballot: 3, value: 'X' });
    expect(votesOf(world, 'A4')).toContainEqual({ ballot: 3, value: 'X' });
  });

  it('never chooses X: the only value chosen is Y, in ballot 4', () => {
    expect(world.ghost.chosen.filter((c) => c.value === 'X')).toEqual([]);
    expect(chosen(trace).map((c) => [c.value, c.ballot])).toEqual([['Y', 4]]);
  });

  it('has P3 adopt X from ballot 1, then P4 adopt Y from ballot 2, the highest it hears', () => {
    expect(proposal(trace, 'P3', 3)).toMatchObject({ value: 'X', adopted: { ballot: 1 } });
    expect(promisesBefore(trace, 'P4', 4).map((p) => p.accepted)).toEqual([
      { ballot: 1, value: 'X' },
      { ballot: 2, value: 'Y' },
      null,
    ]);
    expect(proposal(trace, 'P4', 4)).toMatchObject({ value: 'Y', adopted: { ballot: 2 } });
  });

  it('answers C1, which asked P4 for X, with Y', () => {
    expect(trace.final.clients[0]!.requests.map((r) => [r.proposer, r.value])).toEqual([
      ['P1', 'X'],
      ['P4', 'X'],
    ]);
    expect(heard(trace, 'C1')).toEqual(['Y', 'Y']);
    expect(heard(trace, 'C2')).toEqual([]);
  });

  it('asks whether X is chosen when nothing is, and the answer is no', () => {
    const [ask] = asks('split-majority');
    const then = worldAfter(trace, stepsThrough(trace, ask!.at));
    expect(then.ghost.chosen).toEqual([]);
    expect(then.learners.every((l) => l.learned === null)).toBe(true);
    expect(rightAnswer(ask!)).toMatch(/^No\b/);
  });
});

describe('preset highest-ballot', () => {
  const trace = runPreset('highest-ballot');

  it('has P3 take the highest-ballot report, not the first or the most common one', () => {
    const reports = promisesBefore(trace, 'P3', 3).map((p) => p.accepted!);
    const propose = proposal(trace, 'P3', 3);
    const highest = Math.max(...reports.map((r) => r.ballot));
    const count = (value: string) => reports.filter((r) => r.value === value).length;
    const mostCommon = [...reports].sort((a, b) => count(b.value) - count(a.value))[0]!.value;
    expect(reports).toHaveLength(trace.final.rules.quorum);
    expect(propose.adopted!.ballot).toBe(highest);
    expect(propose.value).toBe('Y');
    expect(propose.value).not.toBe(reports[0]!.value);
    expect(propose.value).not.toBe(mostCommon);
  });

  it('chooses Y in ballot 3 and answers C1, which asked for X, with Y', () => {
    expect(chosen(trace).map((c) => [c.value, c.ballot])).toEqual([['Y', 3]]);
    expect(trace.final.clients[0]!.requests.map((r) => r.value)).toEqual(['X', 'X']);
    expect(heard(trace, 'C1')).toEqual(['Y', 'Y']);
  });

  it('asks before P3 proposes, and the right answer is Y', () => {
    const [ask] = asks('highest-ballot');
    expect(ask!.at).toBeLessThan(proposal(trace, 'P3', 3).at);
    expect(rightAnswer(ask!)).toMatch(/^Y\b/);
  });
});

describe('preset minority-partition', () => {
  const trace = runPreset('minority-partition');
  const heal = eventsOf(trace, 'heal')[0]!;

  it('chooses X on the majority side while the network is split', () => {
    const [first] = chosen(trace);
    expect(first).toMatchObject({ value: 'X', ballot: 1, by: ['A1', 'A2', 'A3'] });
    expect(first!.at).toBeLessThan(heal.at);
    expect(heard(trace, 'C1')).toEqual(['X', 'X']);
  });

  it('lets the minority side promise but never propose before the heal', () => {
    const before = (e: { node: string; at: number }) => e.node === 'P2' && e.at < heal.at;
    const timeouts = eventsOf(trace, 'backoff').filter(before);
    expect(timeouts.length).toBeGreaterThanOrEqual(2);
    expect(timeouts.every((e) => e.reason === 'timeout')).toBe(true);
    expect(eventsOf(trace, 'propose').filter(before)).toEqual([]);
  });

  it('has P2 confirm X after the heal, so C2, which asked for Y, hears X', () => {
    const [afterHeal] = eventsOf(trace, 'propose').filter((e) => e.node === 'P2');
    expect(afterHeal).toMatchObject({ value: 'X', adopted: { ballot: 1, value: 'X' } });
    expect(new Set(chosen(trace).map((c) => c.value))).toEqual(new Set(['X']));
    expect(heard(trace, 'C2')).toEqual(['X', 'X']);
  });
});
