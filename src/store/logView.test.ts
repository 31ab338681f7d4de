import { describe, expect, it } from 'vitest';
import type { LogPresetId } from '../scenario/presets/multi';
import { logPreset } from '../scenario/presets/multi';
import { worldAfter } from '../trace';
import { basicScenario } from './storeFor.testing';
import { runOf } from './loadScenario';
import { logView } from './logView';

function viewsOf(id: LogPresetId) {
  const { trace } = runOf(logPreset(id));
  return Array.from({ length: trace.steps.length + 1 }, (_, step) =>
    logView(worldAfter(trace, step)),
  );
}

describe('logView', () => {
  it('is null for a Basic Paxos run', () => {
    const { trace } = runOf(basicScenario);
    expect(logView(worldAfter(trace, trace.steps.length))).toBeNull();
  });

  it('shows a stable leader’s three commands chosen in ballot 1 and applied by both replicas', () => {
    const end = viewsOf('mp-stable-leader').at(-1)!;
    expect(end.slots.map((s) => s.chosen?.value)).toEqual(['put x 1', 'put y 2', 'get x']);
    expect(end.slots.every((s) => s.chosen!.ballot === 1)).toBe(true);
    expect(end.slots.every((s) => s.applied.every((a) => a === 'command'))).toBe(true);
    expect(end.watermarks).toEqual([3, 3]);
    const written = [
      { key: 'x', value: '1' },
      { key: 'y', value: '2' },
    ];
    expect(end.stores).toEqual([written, written]);
    expect(end.leader).toMatchObject({ id: 'P1', ballot: 1, nextSlot: 4, inFlight: 0 });
  });

  it('follows the higher ballot while a deposed leader has not yet heard its Nack', () => {
    const { trace } = runOf(logPreset('mp-minority-partition'));
    const worlds = Array.from({ length: trace.steps.length + 1 }, (_, step) =>
      worldAfter(trace, step),
    );
    const leadersOf = (world: (typeof worlds)[number]) =>
      world.multi!.proposers.filter((p) => p.phase === 'leader' && world.proposers[p.index]!.up);
    const both = worlds.find((world) => leadersOf(world).length > 1)!;
    expect(leadersOf(both).map((p) => [p.id, p.ballot])).toEqual([
      ['P1', 1],
      ['P2', 6],
    ]);
    expect(logView(both)!.leader).toMatchObject({ id: 'P2', ballot: 6 });
  });

  it('marks a slot in flight before a quorum accepts it, and not after', () => {
    const views = viewsOf('mp-stable-leader');
    const inFlight = views.findIndex((v) => v!.slots[0]?.proposed === true);
    expect(inFlight).toBeGreaterThan(0);
    expect(views[inFlight]!.slots[0]!.chosen).toBeNull();
    const chosen = views.findIndex((v) => v!.slots[0]?.chosen !== null && v!.slots.length > 0);
    expect(chosen).toBeGreaterThan(inFlight);
  });

  it('shows the hole in mp-hole-noop, then noop chosen and skipped there', () => {
    const views = viewsOf('mp-hole-noop');
    expect(views.some((v) => v!.slots[1]?.hole === true)).toBe(true);
    const slot2 = views.at(-1)!.slots[1]!;
    expect(slot2.chosen).toMatchObject({ value: 'noop', noop: true });
    expect(slot2.applied).toEqual(['noop', 'noop']);
  });

  it('keeps the earlier slots when mp-leader-fails changes leader', () => {
    const views = viewsOf('mp-leader-fails');
    const end = views.at(-1)!;
    expect(end.leader).toMatchObject({ id: 'P2', ballot: 2 });
    expect(end.slots.map((s) => s.chosen?.value)).toEqual(['X', 'Y']);
    expect(views.some((v) => v!.leader === null)).toBe(true);
  });
});
