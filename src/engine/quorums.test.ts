import { describe, expect, it } from 'vitest';
import { act, deliverAll, inFlight, testConfig } from './testing';
import { createWorld } from './world';

/** Four acceptors, a client's request to P1, the network at one tick a message. */
function flexibleWorld(phase1: number, phase2: number) {
  const world = createWorld({ ...testConfig({ acceptors: 4 }), quorums: { phase1, phase2 } }, 1);
  act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
  deliverAll(world, { type: 'Request' });
  deliverAll(world, { type: 'Prepare' });
  return world;
}

describe('flexible quorums in Basic Paxos', () => {
  it('starts phase 2 at phase1 promises, not before', () => {
    const world = flexibleWorld(3, 2);
    const promises = inFlight(world, { type: 'Promise' }).map((m) => m.id);
    act(world, { kind: 'deliver', id: promises[0]! });
    const second = act(world, { kind: 'deliver', id: promises[1]! });
    expect(second).toContainEqual(
      expect.objectContaining({ kind: 'counted', count: 2, quorum: 3 }),
    );
    const third = act(world, { kind: 'deliver', id: promises[2]! });
    expect(third).toContainEqual(expect.objectContaining({ kind: 'propose', value: 'X' }));
  });

  it('counts X chosen at phase2 acceptors, fewer than a majority of four', () => {
    const world = flexibleWorld(3, 2);
    deliverAll(world, { type: 'Promise' });
    const accepts = inFlight(world, { type: 'Accept' }).map((m) => m.id);
    act(world, { kind: 'deliver', id: accepts[0]! });
    const events = act(world, { kind: 'deliver', id: accepts[1]! });
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'chosen', value: 'X', acceptors: ['A1', 'A2'] }),
    );
  });
});
