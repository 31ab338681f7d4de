import { describe, expect, it } from 'vitest';
import type { Message } from './messages';
import { act, inject, receive, testWorld } from './testing';
import type { World } from './world';

/**
 * Delivers a message and returns what the receiver reported deciding: network events aside, and
 * violations too, since a hand-made Accepted was never cast by an acceptor.
 */
function decided(
  world: World,
  message: Pick<Message, 'type' | 'from' | 'to'> & Partial<Message>,
): Record<string, unknown>[] {
  const events = act(world, { kind: 'deliver', id: inject(world, message) });
  return events
    .filter((e) => !['send', 'deliver', 'violation'].includes(e.kind))
    .map((e) => {
      if (e.kind === 'ignored') return { kind: e.kind, node: e.node, reason: e.reason };
      if (e.kind === 'counted') return { kind: e.kind, count: e.count, quorum: e.quorum };
      return { kind: e.kind };
    });
}

const promise = (from: string, ballot: number, accepted: Message['accepted'] = null) =>
  ({ type: 'Promise', from, to: 'P1', ballot, accepted }) as const;
const accepted = (from: string, to: string) =>
  ({ type: 'Accepted', from, to, ballot: 1, value: 'X', client: 'C1' }) as const;

function inBallotOne(bugs: Parameters<typeof testWorld>[1] = []): World {
  const world = testWorld({}, bugs);
  receive(world, { type: 'Request', from: 'C1', to: 'P1', value: 'X' });
  return world;
}

describe('the reasons handlers give', () => {
  it('counts a promise short of a quorum, ignores its copy, and one after the quorum', () => {
    const world = inBallotOne();
    expect(decided(world, promise('A1', 1))).toEqual([{ kind: 'counted', count: 1, quorum: 2 }]);
    expect(decided(world, promise('A1', 1))).toEqual([
      { kind: 'ignored', node: 'P1', reason: 'already-counted' },
    ]);
    expect(decided(world, promise('A2', 1))).toEqual([{ kind: 'propose' }]);
    expect(decided(world, promise('A3', 1))).toEqual([
      { kind: 'ignored', node: 'P1', reason: 'already-quorum' },
    ]);
    expect(decided(world, promise('A3', 7))).toEqual([
      { kind: 'ignored', node: 'P1', reason: 'old-ballot' },
    ]);
  });

  it('ignores an Accepted once its value is known chosen, and a Nack naming no higher ballot', () => {
    const world = inBallotOne();
    decided(world, promise('A1', 1));
    decided(world, promise('A2', 1));
    expect(decided(world, accepted('A1', 'P1'))).toEqual([
      { kind: 'counted', count: 1, quorum: 2 },
    ]);
    expect(decided(world, accepted('A2', 'P1'))).toEqual([{ kind: 'decide' }]);
    expect(decided(world, accepted('A3', 'P1'))).toEqual([
      { kind: 'ignored', node: 'P1', reason: 'already-decided' },
    ]);
    const fresh = inBallotOne();
    expect(decided(fresh, { type: 'Nack', from: 'A1', to: 'P1', ballot: 1, promised: 1 })).toEqual([
      { kind: 'ignored', node: 'P1', reason: 'not-higher' },
    ]);
  });

  it('has a learner ignore a copy and an Accepted past its quorum', () => {
    const world = testWorld();
    expect(decided(world, accepted('A1', 'L1'))).toEqual([
      { kind: 'counted', count: 1, quorum: 2 },
    ]);
    expect(decided(world, accepted('A1', 'L1'))).toEqual([
      { kind: 'ignored', node: 'L1', reason: 'already-counted' },
    ]);
    expect(decided(world, accepted('A2', 'L1'))).toEqual([{ kind: 'learn' }]);
    expect(decided(world, accepted('A3', 'L1'))).toEqual([
      { kind: 'ignored', node: 'L1', reason: 'already-quorum' },
    ]);
  });

  it('names the report ignore-promised-values made the proposer ignore', () => {
    const world = inBallotOne(['ignore-promised-values']);
    decided(world, promise('A1', 1, { ballot: 0, value: 'Y' }));
    const events = act(world, { kind: 'deliver', id: inject(world, promise('A2', 1)) });
    expect(events.find((e) => e.kind === 'propose')).toMatchObject({
      value: 'X',
      adopted: null,
      ignoredReport: { value: 'Y', acceptor: 'A1' },
    });
  });
});
