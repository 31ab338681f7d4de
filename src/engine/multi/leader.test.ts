import { describe, expect, it } from 'vitest';
import type { RuleBreak } from '../config';
import type { SlotEntry } from './log';
import { act, deliverAll, receive } from '../testing';
import type { World } from '../world';
import { logWorld, slotted } from './testing';

const entry = (slot: number, ballot: number, value: string, seq = slot): SlotEntry => ({
  slot,
  ballot,
  value,
  client: 'C1',
  seq,
});

/** P3 (ballot 3) asks for a command and gets promises from A1 and A2 reporting these logs. */
function recovering(reports: [SlotEntry[], SlotEntry[]], bugs: RuleBreak[] = []): World {
  const world = logWorld({ proposers: 3 }, bugs);
  receive(world, { type: 'Request', from: 'C1', to: 'P3', value: 'W', client: 'C1', seq: 9 });
  world.inFlight.length = 0;
  receive(world, { type: 'Promise', from: 'A1', to: 'P3', ballot: 3, log: reports[0] });
  receive(world, { type: 'Promise', from: 'A2', to: 'P3', ballot: 3, log: reports[1] });
  return world;
}

describe('Multi-Paxos leader', () => {
  it('runs phase 1 once, then one Accept! round trip per command in the next slots', () => {
    const world = logWorld();
    act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    deliverAll(world, { type: 'Request' });
    expect(slotted(world, 'Prepare')).toEqual([
      ['A1', 1, 1, null],
      ['A2', 1, 1, null],
      ['A3', 1, 1, null],
    ]);
    deliverAll(world, { type: 'Prepare' });
    deliverAll(world, { type: 'Promise' });
    expect(world.multi!.proposers[0]).toMatchObject({ phase: 'leader', ballot: 1 });
    expect(slotted(world, 'Accept').map(([, b, s, v]) => [b, s, v])).toEqual([
      [1, 1, 'X'],
      [1, 1, 'X'],
      [1, 1, 'X'],
    ]);
    act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'Y' });
    deliverAll(world, { type: 'Request' });
    expect(slotted(world, 'Prepare')).toEqual([]);
    expect(slotted(world, 'Accept').filter(([, , s]) => s === 2)).toHaveLength(3);
  });

  it('re-proposes the highest-ballot report per slot, fills gaps with noop, then new commands', () => {
    const world = recovering([[entry(1, 1, 'X'), entry(3, 1, 'Z')], [entry(1, 2, 'Y')]]);
    const accepts = slotted(world, 'Accept').filter(([to]) => to === 'A1');
    expect(accepts.map(([, b, s, v]) => [b, s, v])).toEqual([
      [3, 1, 'Y'],
      [3, 2, 'noop'],
      [3, 3, 'Z'],
      [3, 4, 'W'],
    ]);
  });

  it('under ignore-promised-slots puts its own command over a reported one', () => {
    const world = recovering([[entry(1, 1, 'X')], []], ['ignore-promised-slots']);
    expect(slotted(world, 'Accept').find(([to]) => to === 'A1')).toEqual(['A1', 3, 1, 'W']);
  });

  it('under skip-holes leaves a gap empty, and the invariant names the hole', () => {
    const world = recovering([[entry(2, 1, 'X')], []], ['skip-holes']);
    expect(slotted(world, 'Accept').filter(([to]) => to === 'A1')).toEqual([
      ['A1', 3, 2, 'X'],
      ['A1', 3, 3, 'W'],
    ]);
    expect(world.violations.map((v) => v.detail)).toEqual([
      'P3 leads ballot 3 but proposes nothing in slot 1, so no replica can apply past it.',
    ]);
  });

  it('keeps at most `window` slots in flight; a decision frees the next one', () => {
    const world = logWorld({}, [], {
      proposer: { timeout: 10, backoff: [0, 0], heartbeat: 5, window: 2 },
    });
    for (const value of ['X', 'Y', 'Z'])
      act(world, { kind: 'request', client: 'C1', proposer: 'P1', value });
    deliverAll(world, { type: 'Request' });
    deliverAll(world, { type: 'Prepare' });
    deliverAll(world, { type: 'Promise' });
    const slots = () => [...new Set(slotted(world, 'Accept').map(([, , s]) => s))];
    expect(slots()).toEqual([1, 2]);
    deliverAll(world, { type: 'Accept', slot: 1 });
    deliverAll(world, { type: 'Accepted', to: 'P1' });
    expect(world.multi!.proposers[0]!.decided.map((e) => e.slot)).toEqual([1]);
    expect(slots()).toEqual([2, 3]);
  });

  it('is deposed by a Nack naming a higher ballot and keeps its commands for later', () => {
    const world = logWorld({ proposers: 2 });
    act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    deliverAll(world, { type: 'Request' });
    deliverAll(world, { type: 'Prepare' });
    deliverAll(world, { type: 'Promise' });
    receive(world, { type: 'Nack', from: 'A1', to: 'P1', ballot: 1, promised: 2 });
    expect(world.multi!.proposers[0]).toMatchObject({ phase: 'backoff', maxBallot: 2 });
    expect(world.multi!.proposers[0]!.pending.map((c) => c.value)).toEqual(['X']);
  });

  it('follows a leader’s heartbeat, forwards requests to it, and campaigns when it falls silent', () => {
    const world = logWorld({ proposers: 2 });
    receive(world, { type: 'Heartbeat', from: 'P1', to: 'P2', ballot: 1 });
    const p2 = world.multi!.proposers[1]!;
    expect(p2).toMatchObject({
      phase: 'follower',
      leader: 'P1',
      timer: { kind: 'silence', at: 10 },
    });
    const [forwarded] = receive(world, {
      type: 'Request',
      from: 'C1',
      to: 'P2',
      value: 'X',
      client: 'C1',
      seq: 1,
    });
    expect(forwarded).toMatchObject({
      type: 'Request',
      from: 'P2',
      to: 'P1',
      client: 'C1',
      seq: 1,
    });
    const events = act(world, { kind: 'timeout', node: 'P2', at: 10 });
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'campaign', node: 'P2', ballot: 2, reason: 'silence' }),
    );
  });

  it('sends a proposal again at a heartbeat once it has waited longer than the timeout', () => {
    const world = logWorld();
    act(world, { kind: 'request', client: 'C1', proposer: 'P1', value: 'X' });
    deliverAll(world, { type: 'Request' });
    deliverAll(world, { type: 'Prepare' });
    deliverAll(world, { type: 'Promise' });
    world.inFlight.length = 0;
    act(world, { kind: 'timeout', node: 'P1', at: 5 });
    expect(slotted(world, 'Accept')).toEqual([]);
    world.inFlight.length = 0;
    act(world, { kind: 'timeout', node: 'P1', at: 12 });
    expect(slotted(world, 'Accept')).toEqual([
      ['A1', 1, 1, 'X'],
      ['A2', 1, 1, 'X'],
      ['A3', 1, 1, 'X'],
    ]);
  });
});
