import { describe, expect, it } from 'vitest';
import { act, receive } from '../testing';
import { logWorld } from './testing';

const accept = (ballot: number, slot: number, value: string, from = 'P1') =>
  ({ type: 'Accept', from, to: 'A1', ballot, slot, value, client: 'C1', seq: slot }) as const;

describe('Multi-Paxos acceptor', () => {
  it('accepts per slot and tells the leader and every replica, slot named', () => {
    const world = logWorld();
    const replies = receive(world, accept(1, 2, 'Y'));
    expect(replies.map((m) => [m.type, m.to, m.ballot, m.slot, m.value, m.seq])).toEqual([
      ['Accepted', 'P1', 1, 2, 'Y', 2],
      ['Accepted', 'L1', 1, 2, 'Y', 2],
      ['Accepted', 'L2', 1, 2, 'Y', 2],
    ]);
    receive(world, accept(1, 1, 'X'));
    receive(world, accept(1, 2, 'Z'));
    expect(world.multi!.acceptors[0]!.accepted.map((e) => [e.slot, e.value])).toEqual([
      [1, 'X'],
      [2, 'Z'],
    ]);
  });

  it('promises for every slot and reports only slots from the Prepare’s first unknown slot', () => {
    const world = logWorld({ proposers: 2 });
    receive(world, accept(1, 1, 'X'));
    receive(world, accept(1, 2, 'Y'));
    const [promise] = receive(world, { type: 'Prepare', from: 'P2', to: 'A1', ballot: 2, slot: 2 });
    expect(promise).toMatchObject({ type: 'Promise', ballot: 2 });
    expect(promise!.log!.map((e) => [e.slot, e.value, e.ballot])).toEqual([[2, 'Y', 1]]);
    expect(world.multi!.acceptors[0]!.promised).toBe(2);
  });

  it('refuses an Accept! below its promise with Nack naming the promise', () => {
    const world = logWorld({ proposers: 2 });
    receive(world, { type: 'Prepare', from: 'P2', to: 'A1', ballot: 2, slot: 1 });
    const [nack] = receive(world, accept(1, 1, 'X'));
    expect(nack).toMatchObject({ type: 'Nack', to: 'P1', ballot: 1, promised: 2 });
    expect(world.multi!.acceptors[0]!.accepted).toEqual([]);
  });

  it('keeps promise and accepted entries over a restart, unless amnesiac', () => {
    for (const [bugs, kept] of [
      [[], 1],
      [['amnesiac-acceptor' as const], 0],
    ] as const) {
      const world = logWorld({}, [...bugs]);
      receive(world, accept(1, 1, 'X'));
      act(world, { kind: 'crash', node: 'A1' });
      const events = act(world, { kind: 'restart', node: 'A1' });
      expect(world.multi!.acceptors[0]!.accepted).toHaveLength(kept);
      expect(events).toContainEqual(
        expect.objectContaining({ kind: 'restart', forgot: kept === 0 }),
      );
    }
  });
});
