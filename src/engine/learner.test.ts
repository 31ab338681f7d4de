import { describe, expect, it } from 'vitest';
import type { Message } from './messages';
import { act, receive, testWorld } from './testing';
import type { World } from './world';

function accepted(
  world: World,
  from: string,
  ballot: number,
  value: string,
  client = 'C1',
  to = 'L1',
): Message[] {
  return receive(world, { type: 'Accepted', from, to, ballot, value, client });
}

/** Lets the ghost see these acceptors accept, as they would have before sending Accepted. */
function acceptorsAccepted(world: World, ballot: number, value: string, ...indices: number[]) {
  for (const i of indices) world.acceptors[i]!.accepted = { ballot, value };
  for (const i of indices)
    world.acceptors[i]!.promised = Math.max(world.acceptors[i]!.promised, ballot);
}

describe('learner', () => {
  it('learns a value from a majority of Accepted in one ballot and answers the client', () => {
    const world = testWorld();
    acceptorsAccepted(world, 1, 'X', 0, 1);
    expect(accepted(world, 'A1', 1, 'X')).toEqual([]);
    const response = accepted(world, 'A2', 1, 'X');
    expect(response).toEqual([
      expect.objectContaining({ type: 'Response', from: 'L1', to: 'C1', value: 'X' }),
    ]);
    expect(world.learners[0]!.learned).toEqual({ ballot: 1, value: 'X' });
  });

  it('does not count the same acceptor twice', () => {
    const world = testWorld();
    accepted(world, 'A1', 1, 'X');
    expect(accepted(world, 'A1', 1, 'X')).toEqual([]);
    expect(world.learners[0]!.learned).toBeNull();
  });

  it('does not learn from a majority split across ballots', () => {
    const world = testWorld({ acceptors: 5, proposers: 3 });
    accepted(world, 'A1', 1, 'X');
    accepted(world, 'A2', 3, 'X');
    accepted(world, 'A3', 3, 'X');
    expect(world.learners[0]!.learned).toBeNull();
  });

  it('answers the client of a later proposal with the value it already learned, once per client', () => {
    const world = testWorld({ clients: 2, proposers: 2 });
    acceptorsAccepted(world, 1, 'X', 0, 1);
    accepted(world, 'A1', 1, 'X');
    accepted(world, 'A2', 1, 'X');
    acceptorsAccepted(world, 2, 'X', 1, 2);
    accepted(world, 'A2', 2, 'X', 'C2');
    const reply = accepted(world, 'A3', 2, 'X', 'C2');
    expect(reply).toEqual([expect.objectContaining({ type: 'Response', to: 'C2', value: 'X' })]);
    expect(accepted(world, 'A1', 2, 'X', 'C2')).toEqual([]);
  });

  it('keeps what it learned across a restart but forgets its counts', () => {
    const world = testWorld();
    acceptorsAccepted(world, 1, 'X', 0, 1);
    accepted(world, 'A1', 1, 'X');
    accepted(world, 'A2', 1, 'X');
    act(world, { kind: 'crash', node: 'L1' });
    act(world, { kind: 'restart', node: 'L1' });
    expect(world.learners[0]).toMatchObject({
      learned: { ballot: 1, value: 'X' },
      tallies: [],
      answered: 0,
    });
  });
});

describe('client', () => {
  it('sends its request to the proposer and records every response', () => {
    const world = testWorld();
    const events = act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    expect(events).toEqual([
      {
        kind: 'send',
        message: expect.objectContaining({ type: 'Request', from: 'C1', to: 'P1', value: 'X' }),
      },
    ]);
    receive(world, { type: 'Response', from: 'L1', to: 'C1', value: 'X' });
    receive(world, { type: 'Response', from: 'L2', to: 'C1', value: 'X' });
    expect(world.clients[0]!.responses.map((r) => r.from)).toEqual(['L1', 'L2']);
  });

  it('sends nothing while crashed', () => {
    const world = testWorld();
    act(world, { kind: 'crash', node: 'C1' });
    expect(act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' })).toEqual([]);
  });
});
