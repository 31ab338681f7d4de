import { describe, expect, it } from 'vitest';
import { act, receive, testWorld } from './testing';
import type { World } from './world';

function prepare(world: World, ballot: number, from = 'P1') {
  return receive(world, { type: 'Prepare', from, to: 'A1', ballot });
}

function accept(world: World, ballot: number, value: string, from = 'P1') {
  return receive(world, { type: 'Accept', from, to: 'A1', ballot, value, client: 'C1' });
}

describe('acceptor', () => {
  it('promises a higher ballot and reports nothing accepted the first time', () => {
    const world = testWorld();
    const [reply] = prepare(world, 1);
    expect(reply).toMatchObject({
      type: 'Promise',
      from: 'A1',
      to: 'P1',
      ballot: 1,
      accepted: null,
    });
    expect(world.acceptors[0]!.promised).toBe(1);
  });

  it('refuses a ballot not above its promise with a Nack naming the promise', () => {
    const world = testWorld({ proposers: 2 });
    prepare(world, 2, 'P2');
    const [reply] = prepare(world, 1);
    expect(reply).toMatchObject({ type: 'Nack', to: 'P1', ballot: 1, promised: 2 });
    const [again] = prepare(world, 2, 'P2');
    expect(again).toMatchObject({ type: 'Nack', ballot: 2, promised: 2 });
    expect(world.acceptors[0]!.promised).toBe(2);
  });

  it('reports its accepted proposal in later promises', () => {
    const world = testWorld({ proposers: 2 });
    prepare(world, 1);
    accept(world, 1, 'X');
    const [reply] = prepare(world, 2, 'P2');
    expect(reply).toMatchObject({
      type: 'Promise',
      ballot: 2,
      accepted: { ballot: 1, value: 'X' },
    });
  });

  it('accepts at or above its promise and tells the proposer and every learner', () => {
    const world = testWorld();
    prepare(world, 1);
    const replies = accept(world, 1, 'X');
    expect(replies.map((m) => m.to)).toEqual(['P1', 'L1', 'L2']);
    for (const m of replies)
      expect(m).toMatchObject({ type: 'Accepted', ballot: 1, value: 'X', client: 'C1' });
    expect(world.acceptors[0]).toMatchObject({ promised: 1, accepted: { ballot: 1, value: 'X' } });
  });

  it('accepts a ballot above its promise and raises the promise', () => {
    const world = testWorld({ proposers: 3 });
    prepare(world, 1);
    accept(world, 3, 'Z', 'P3');
    expect(world.acceptors[0]).toMatchObject({ promised: 3, accepted: { ballot: 3, value: 'Z' } });
  });

  it('refuses an Accept below its promise', () => {
    const world = testWorld({ proposers: 2 });
    prepare(world, 2, 'P2');
    const [reply] = accept(world, 1, 'X');
    expect(reply).toMatchObject({ type: 'Nack', ballot: 1, promised: 2 });
    expect(world.acceptors[0]!.accepted).toBeNull();
  });

  it('keeps promised and accepted across a crash and restart', () => {
    const world = testWorld();
    prepare(world, 1);
    accept(world, 1, 'X');
    act(world, { kind: 'crash', node: 'A1' });
    act(world, { kind: 'restart', node: 'A1' });
    expect(world.acceptors[0]).toMatchObject({
      up: true,
      promised: 1,
      accepted: { ballot: 1, value: 'X' },
    });
  });

  it('forgets both on restart when amnesiac, and the invariant check notices', () => {
    const world = testWorld({}, ['amnesiac-acceptor']);
    prepare(world, 1);
    accept(world, 1, 'X');
    act(world, { kind: 'crash', node: 'A1' });
    const events = act(world, { kind: 'restart', node: 'A1' });
    expect(world.acceptors[0]).toMatchObject({ promised: 0, accepted: null });
    expect(events).toContainEqual(expect.objectContaining({ kind: 'restart', forgot: true }));
    expect(world.violations.map((v) => v.invariant)).toEqual(['PromiseMonotonicity']);
  });

  it('accepts below its promise under accept-any-ballot, without lowering the promise', () => {
    const world = testWorld({ proposers: 2 }, ['accept-any-ballot']);
    prepare(world, 2, 'P2');
    const [reply] = accept(world, 1, 'X');
    expect(reply).toMatchObject({ type: 'Accepted', ballot: 1 });
    expect(world.acceptors[0]).toMatchObject({ promised: 2, accepted: { ballot: 1, value: 'X' } });
  });

  it('promises an equal ballot again under shared-ballots', () => {
    const world = testWorld({ proposers: 2 }, ['shared-ballots']);
    prepare(world, 1, 'P1');
    const [reply] = prepare(world, 1, 'P2');
    expect(reply).toMatchObject({ type: 'Promise', to: 'P2', ballot: 1 });
  });
});
