import { describe, expect, it } from 'vitest';
import { act, receive } from '../testing';
import { logWorld } from './testing';

describe('Multi-Paxos client', () => {
  it('numbers its requests and sends one again to the next proposer after `retry` ticks', () => {
    const world = logWorld({ proposers: 2 }, [], { client: { retry: 20 } });
    const first = act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'Y' });
    const request = first.find((e) => e.kind === 'send');
    expect(request).toMatchObject({ message: { type: 'Request', client: 'C1', seq: 1 } });
    world.inFlight.length = 0;
    receive(world, { type: 'Response', from: 'L1', to: 'C1', value: 'Y', seq: 2 });
    const events = act(world, { kind: 'timeout', node: 'C1', at: 20 });
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'retry', node: 'C1', seq: 1, proposer: 'P2' }),
    );
    expect(world.inFlight.map((m) => [m.type, m.to, m.seq, m.value])).toEqual([
      ['Request', 'P2', 1, 'X'],
    ]);
  });

  it('never retries when retry is 0, and a given seq resends that request', () => {
    const world = logWorld({}, [], { client: { retry: 0 } });
    act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X', seq: 4 });
    expect(world.multi!.clients[0]!.outstanding).toEqual([
      { seq: 4, value: 'X', proposer: 'P1', retryAt: null },
    ]);
  });
});
