import { describe, expect, it } from 'vitest';
import type { RuleBreak } from '../config';
import { receive } from '../testing';
import type { World } from '../world';
import { appliedValues } from './nodes';
import { logWorld } from './testing';

/** A quorum (A1, A2) of Accepted for a command in a slot, delivered to L1; returns its replies. */
function chosen(
  world: World,
  slot: number,
  value: string,
  seq = slot,
  client: string | null = 'C1',
) {
  const accepted = { type: 'Accepted', to: 'L1', ballot: 1, slot, value, client, seq } as const;
  receive(world, { ...accepted, from: 'A1' });
  return receive(world, { ...accepted, from: 'A2' });
}

function replica(bugs: RuleBreak[] = []) {
  const world = logWorld({}, bugs);
  return { world, l1: world.multi!.replicas[0]! };
}

describe('Multi-Paxos replica', () => {
  it('applies chosen slots strictly in slot order, answering each client', () => {
    const { world, l1 } = replica();
    expect(chosen(world, 2, 'get x')).toEqual([]);
    expect(l1.applied).toEqual([]);
    const answers = chosen(world, 1, 'put x 1');
    expect(appliedValues(l1)).toEqual(['put x 1', 'get x']);
    expect(answers.map((m) => [m.type, m.to, m.seq, m.value])).toEqual([
      ['Response', 'C1', 1, '1'],
      ['Response', 'C1', 2, '1'],
    ]);
    expect(l1.store).toEqual({ x: '1' });
  });

  it('skips noop and answers nobody for it', () => {
    const { world, l1 } = replica();
    expect(chosen(world, 1, 'noop', 0, null)).toEqual([]);
    chosen(world, 2, 'X');
    expect(l1.applied.map((a) => [a.slot, a.kind])).toEqual([
      [1, 'noop'],
      [2, 'command'],
    ]);
  });

  it('applies a (client, seq) once: a retry chosen later gets the cached result', () => {
    const { world, l1 } = replica();
    chosen(world, 1, 'put x 1', 1);
    chosen(world, 2, 'put x 2', 2);
    const [answer] = chosen(world, 3, 'put x 1', 1);
    expect(answer).toMatchObject({ type: 'Response', seq: 1, value: '1' });
    expect(appliedValues(l1)).toEqual(['put x 1', 'put x 2']);
    expect(l1.store).toEqual({ x: '2' });
    expect(world.violations).toEqual([]);
  });

  it('under no-dedup applies the retry again, and AppliedOnce says so', () => {
    const { world, l1 } = replica(['no-dedup']);
    chosen(world, 1, 'put x 1', 1);
    chosen(world, 2, 'put x 1', 1);
    expect(appliedValues(l1)).toEqual(['put x 1', 'put x 1']);
    expect(world.violations.map((v) => v.invariant)).toContain('AppliedOnce');
  });

  it('under out-of-order-apply applies what it learns at once, and SlotOrder says so', () => {
    const { world, l1 } = replica(['out-of-order-apply']);
    chosen(world, 2, 'Y');
    expect(l1.applied.map((a) => a.slot)).toEqual([2]);
    expect(world.violations.map((v) => v.detail)).toContain('L1 applied slot 2 before slot 1.');
  });

  it('reads a get of a key it never set as -, never the object’s own properties', () => {
    const { world } = replica();
    const [answer] = chosen(world, 1, 'get constructor');
    expect(answer!.value).toBe('-');
  });

  it('catches up from the slots a leader’s heartbeat says are chosen', () => {
    const { world, l1 } = replica();
    const log = [1, 2].map((slot) => ({
      slot,
      ballot: 1,
      value: `V${slot}`,
      client: 'C1',
      seq: slot,
    }));
    receive(world, { type: 'Heartbeat', from: 'P1', to: 'L1', ballot: 1, log });
    expect(appliedValues(l1)).toEqual(['V1', 'V2']);
  });

  it('reports replicas whose applied sequences stop being prefixes of one another', () => {
    const world = logWorld({ acceptors: 4 }, [], { quorums: { phase1: 2, phase2: 2 } });
    const accepted = (to: string, from: string, ballot: number, value: string) =>
      receive(world, { type: 'Accepted', from, to, ballot, slot: 1, value, client: 'C1', seq: 1 });
    accepted('L1', 'A1', 1, 'X');
    accepted('L1', 'A2', 1, 'X');
    accepted('L2', 'A3', 2, 'Y');
    accepted('L2', 'A4', 2, 'Y');
    expect(world.violations.map((v) => v.detail)).toEqual([
      'L2 applied "Y" as its command 1 but L1 applied "X" there.',
    ]);
  });
});
