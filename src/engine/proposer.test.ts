import { describe, expect, it } from 'vitest';
import type { Message } from './messages';
import { act, receive, testWorld } from './testing';
import type { World } from './world';

function request(world: World, value = 'X', proposer = 'P1', client = 'C1'): Message[] {
  return receive(world, { type: 'Request', from: client, to: proposer, value });
}

function promise(
  world: World,
  from: string,
  ballot: number,
  accepted: Message['accepted'] = null,
  to = 'P1',
): Message[] {
  return receive(world, { type: 'Promise', from, to, ballot, accepted });
}

function acceptedBy(world: World, from: string, ballot: number, value: string): Message[] {
  return receive(world, { type: 'Accepted', from, to: 'P1', ballot, value, client: 'C1' });
}

describe('proposer', () => {
  it('answers a request with Prepare(1) to every acceptor and a deadline', () => {
    const world = testWorld();
    const prepares = request(world);
    expect(prepares.map((m) => [m.type, m.to, m.ballot])).toEqual([
      ['Prepare', 'A1', 1],
      ['Prepare', 'A2', 1],
      ['Prepare', 'A3', 1],
    ]);
    expect(world.proposers[0]).toMatchObject({
      phase: 'prepare',
      ballot: 1,
      timer: { kind: 'timeout', at: 10 },
    });
  });

  it("proposes its client's value once a majority promised with nothing accepted", () => {
    const world = testWorld();
    request(world);
    expect(promise(world, 'A1', 1)).toEqual([]);
    const accepts = promise(world, 'A2', 1);
    expect(accepts.map((m) => [m.type, m.to, m.ballot, m.value, m.client])).toEqual([
      ['Accept', 'A1', 1, 'X', 'C1'],
      ['Accept', 'A2', 1, 'X', 'C1'],
      ['Accept', 'A3', 1, 'X', 'C1'],
    ]);
    expect(world.proposers[0]!.phase).toBe('accept');
  });

  it('counts one promise per acceptor: a duplicate promise is not a majority', () => {
    const world = testWorld();
    request(world);
    promise(world, 'A1', 1);
    expect(promise(world, 'A1', 1)).toEqual([]);
    expect(world.proposers[0]!.phase).toBe('prepare');
  });

  it('counts promises for its current ballot only', () => {
    const world = testWorld({ proposers: 2 });
    request(world);
    act(world, { kind: 'timeout', node: 'P1' });
    act(world, { kind: 'timeout', node: 'P1' });
    expect(world.proposers[0]!.ballot).toBe(3);
    promise(world, 'A1', 1);
    expect(promise(world, 'A2', 1)).toEqual([]);
    promise(world, 'A1', 3);
    expect(promise(world, 'A2', 3).map((m) => m.type)).toEqual(['Accept', 'Accept', 'Accept']);
  });

  it('must propose the value of the highest-ballot proposal reported, not the first or the most common', () => {
    const world = testWorld({ acceptors: 5, proposers: 3 });
    world.proposers[0]!.maxBallot = 7;
    request(world, 'mine');
    const ballot = world.proposers[0]!.ballot;
    expect(ballot).toBe(10);
    promise(world, 'A1', ballot, { ballot: 2, value: 'common' });
    promise(world, 'A2', ballot, { ballot: 7, value: 'highest' });
    const accepts = promise(world, 'A3', ballot, { ballot: 2, value: 'common' });
    expect(accepts[0]).toMatchObject({ type: 'Accept', ballot, value: 'highest' });
  });

  it('proposes its own value anyway under ignore-promised-values', () => {
    const world = testWorld({}, ['ignore-promised-values']);
    request(world, 'mine');
    promise(world, 'A1', 1, { ballot: 0, value: 'theirs' });
    expect(promise(world, 'A2', 1)[0]).toMatchObject({ type: 'Accept', value: 'mine' });
  });

  it('knows its value is chosen after a majority of Accepted for its ballot', () => {
    const world = testWorld();
    request(world);
    promise(world, 'A1', 1);
    promise(world, 'A2', 1);
    acceptedBy(world, 'A1', 1, 'X');
    expect(world.proposers[0]!.phase).toBe('accept');
    acceptedBy(world, 'A2', 1, 'X');
    expect(world.proposers[0]).toMatchObject({ phase: 'chosen', chosen: 'X', timer: null });
  });

  it('gives up a ballot on a Nack naming a higher promise and retries above it after the backoff', () => {
    const world = testWorld({ proposers: 2 });
    request(world);
    receive(world, { type: 'Nack', from: 'A1', to: 'P1', ballot: 1, promised: 4 });
    expect(world.proposers[0]).toMatchObject({ phase: 'backoff', timer: { kind: 'retry' } });
    const retry = act(world, { kind: 'timeout', node: 'P1' });
    expect(retry).toContainEqual(
      expect.objectContaining({ kind: 'prepare', ballot: 5, reason: 'retry' }),
    );
  });

  it('ignores a Nack that answers a duplicate of its own Prepare', () => {
    const world = testWorld();
    request(world);
    receive(world, { type: 'Nack', from: 'A1', to: 'P1', ballot: 1, promised: 1 });
    expect(world.proposers[0]!.phase).toBe('prepare');
  });

  it('times out a ballot that gets no quorum, then retries with a higher one', () => {
    const world = testWorld({ proposers: 2 });
    request(world);
    const timeout = act(world, { kind: 'timeout', node: 'P1', at: 10 });
    expect(timeout).toContainEqual(
      expect.objectContaining({ kind: 'backoff', reason: 'timeout', ballot: 1 }),
    );
    act(world, { kind: 'timeout', node: 'P1' });
    expect(world.proposers[0]!.ballot).toBe(3);
  });

  it('keeps its highest ballot across a crash, so it never reuses a ballot', () => {
    const world = testWorld({ proposers: 2 });
    request(world);
    act(world, { kind: 'crash', node: 'P1' });
    expect(world.proposers[0]!.timer).toBeNull();
    act(world, { kind: 'restart', node: 'P1' });
    expect(world.proposers[0]).toMatchObject({ phase: 'idle', maxBallot: 1, request: null });
    const again = request(world);
    expect(again[0]!.ballot).toBe(3);
  });
});
