import { describe, expect, it } from 'vitest';
import type { Input } from './step';
import { apply, EngineError, step } from './step';
import { testConfig } from './testing';
import type { World } from './world';
import { cloneWorld, createWorld } from './world';

/** Drives a world by always delivering the oldest due message: a tiny timed scheduler. */
function runBasic(world: World): World {
  let w = step(world, { kind: 'request', at: 0, client: 'C1', proposer: 'P1', value: 'X' }).world;
  while (w.inFlight.length > 0) {
    const next = [...w.inFlight].sort((a, b) => a.deliverAt - b.deliverAt || a.id - b.id)[0]!;
    w = step(w, { kind: 'deliver', at: next.deliverAt, id: next.id }).world;
  }
  return w;
}

describe('step', () => {
  it('leaves the given world untouched and returns a new one', () => {
    const world = createWorld(testConfig(), 1);
    const before = structuredClone(world);
    const { world: next, events } = step(world, {
      kind: 'request',
      at: 0,
      client: 'C1',
      proposer: 'P1',
      value: 'X',
    });
    expect(world).toEqual(before);
    expect(next).not.toBe(world);
    expect(events).toHaveLength(1);
  });

  it('is deterministic: the same world and inputs give the same world, events included', () => {
    const config = {
      ...testConfig(),
      network: { delay: [1, 4] as [number, number], drop: 0.2, duplicate: 0.2 },
    };
    const a = runBasic(createWorld(config, 11));
    const b = runBasic(createWorld(config, 11));
    expect(a).toEqual(b);
    expect(runBasic(createWorld(config, 12))).not.toEqual(a);
  });

  it('keeps the world plain data: a structured clone replays identically', () => {
    const world = runBasic(createWorld(testConfig(), 1));
    const copy = structuredClone(world);
    expect(copy).toEqual(world);
    const input: Input = { kind: 'crash', at: world.now, node: 'A1' };
    expect(step(copy, input)).toEqual(step(world, input));
  });

  it('copies deeply: changing a clone never changes its source', () => {
    const world = runBasic(createWorld(testConfig(), 1));
    const snapshot = structuredClone(world);
    const copy = cloneWorld(world);
    apply(copy, { kind: 'crash', at: copy.now, node: 'A1' }, null);
    copy.learners[0]!.tallies.length = 0;
    copy.clients[0]!.responses.length = 0;
    expect(world).toEqual(snapshot);
  });

  it('chooses X in the seed scenario with no violation', () => {
    const world = runBasic(createWorld(testConfig(), 1));
    expect(world.ghost.chosen.map((c) => c.value)).toEqual(['X']);
    expect(world.learners.map((l) => l.learned?.value)).toEqual(['X', 'X']);
    expect(world.violations).toEqual([]);
  });

  it('refuses an input from the past', () => {
    const world = createWorld(testConfig(), 1);
    apply(world, { kind: 'heal', at: 5 }, null);
    expect(() => apply(world, { kind: 'heal', at: 4 }, null)).toThrow(EngineError);
  });
});
