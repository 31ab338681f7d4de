import { describe, expect, it } from 'vitest';
import type { WorldConfig } from './config';
import type { EngineEvent } from './events';
import { act, deliverAll, inFlight, testConfig, testWorld } from './testing';
import { createWorld } from './world';

function lossyWorld(network: Partial<WorldConfig['network']>, seed = 3) {
  const config = testConfig();
  return createWorld({ ...config, network: { ...config.network, ...network } }, seed);
}

const drops = (events: EngineEvent[]) =>
  events.flatMap((e) => (e.kind === 'drop' ? [e.reason] : []));

describe('network', () => {
  it('stamps every message with a unique id, its send time and a delay from the range', () => {
    const world = lossyWorld({ delay: [2, 6] });
    act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    deliverAll(world, { type: 'Request' });
    const messages = inFlight(world);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    for (const m of messages) {
      expect(m.sentAt).toBe(world.now);
      expect(m.deliverAt - m.sentAt).toBeGreaterThanOrEqual(2);
      expect(m.deliverAt - m.sentAt).toBeLessThanOrEqual(6);
    }
  });

  it('loses messages with the configured probability', () => {
    const world = lossyWorld({ drop: 0.3 });
    for (let i = 0; i < 400; i++)
      act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    const lost = inFlight(world).filter((m) => m.loss === 'loss').length;
    expect(lost).toBeGreaterThan(80);
    expect(lost).toBeLessThan(160);
  });

  it('sends a second copy with the configured probability', () => {
    const world = lossyWorld({ duplicate: 0.5 });
    for (let i = 0; i < 200; i++)
      act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    const copies = inFlight(world).filter((m) => m.copyOf !== null);
    expect(copies.length).toBeGreaterThan(70);
    expect(copies.length).toBeLessThan(130);
    for (const copy of copies) expect(inFlight(world, { id: copy.copyOf! })).toHaveLength(1);
  });

  it('loses a message whose receiver is down when it arrives', () => {
    const world = testWorld();
    act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    deliverAll(world, { type: 'Request' });
    act(world, { kind: 'crash', node: 'A3' });
    const events = deliverAll(world, { type: 'Prepare' });
    expect(drops(events)).toEqual(['crashed']);
    expect(world.acceptors[2]!.promised).toBe(0);
  });

  it('loses messages across a partition and delivers them inside a side; unlisted nodes share a side', () => {
    const world = testWorld();
    act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    deliverAll(world, { type: 'Request' });
    act(world, { kind: 'partition', groups: [['P1', 'A1']] });
    const events = deliverAll(world, { type: 'Prepare' });
    expect(drops(events)).toEqual(['partition', 'partition']);
    expect(world.acceptors.map((a) => a.promised)).toEqual([1, 0, 0]);
    act(world, { kind: 'heal' });
    expect(world.partition).toEqual([]);
  });

  it('drops every matching message sent inside a rule window, and only the first for a one-shot rule', () => {
    const world = testWorld();
    act(world, { kind: 'drop-rule', type: 'Prepare', from: null, to: 'A2', until: 5 });
    act(world, { kind: 'drop-rule', type: 'Prepare', from: null, to: 'A3', until: null });
    act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    deliverAll(world, { type: 'Request' });
    expect(inFlight(world, { type: 'Prepare' }).map((m) => [m.to, m.loss])).toEqual([
      ['A1', null],
      ['A2', 'script'],
      ['A3', 'script'],
    ]);
    act(world, { kind: 'timeout', node: 'P1', at: 2 });
    act(world, { kind: 'timeout', node: 'P1', at: 3 });
    expect(inFlight(world, { type: 'Prepare', ballot: 2 }).map((m) => m.loss)).toEqual([
      null,
      'script',
      null,
    ]);
    act(world, { kind: 'timeout', node: 'P1', at: 6 });
    act(world, { kind: 'timeout', node: 'P1', at: 6 });
    expect(inFlight(world, { type: 'Prepare', ballot: 3 }).map((m) => m.loss)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('lets a user drop, copy or hold back one in-flight message', () => {
    const world = testWorld();
    act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    deliverAll(world, { type: 'Request' });
    const [first, second, third] = inFlight(world, { type: 'Prepare' });
    expect(drops(act(world, { kind: 'drop', id: first!.id }))).toEqual(['user']);
    act(world, { kind: 'duplicate', id: second!.id });
    expect(inFlight(world, { copyOf: second!.id })).toHaveLength(1);
    act(world, { kind: 'delay', id: third!.id, by: 5 });
    expect(inFlight(world, { id: third!.id })[0]!.deliverAt).toBe(third!.deliverAt + 5);
  });
});
