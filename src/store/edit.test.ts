import { describe, expect, it } from 'vitest';
import { seek, stepForward, toEnd } from './playback';
import { edit, leverTick, pullLever, undo } from './edit';
import { storeFor } from './storeFor.testing';

describe('levers and undo', () => {
  it('lands a lever on the next tick when the current one is complete', () => {
    const store = storeFor();
    seek(store, 2.5);
    expect(leverTick(store.getState())).toBe(3);
    seek(store, 2);
    expect(leverTick(store.getState())).toBe(3);
  });

  it('lands a lever on the current tick while some of its arrivals are still to come', () => {
    const store = storeFor();
    for (let i = 0; i < 3; i++) stepForward(store);
    expect(store.getState()).toMatchObject({ cursor: 2, step: 3 });
    expect(leverTick(store.getState())).toBe(2);
  });

  it('crashes a node from now on, keeping what was on screen, and re-simulates the future', () => {
    const store = storeFor();
    for (let i = 0; i < 3; i++) stepForward(store);
    pullLever(store, { crash: 'A3' });
    const { world, trace, step, cursor, scenario } = store.getState();
    expect(scenario.script.at(-1)).toEqual({ at: 2, crash: 'A3' });
    expect(cursor).toBe(2);
    expect(world.acceptors.map((a) => [a.promised, a.up])).toEqual([
      [1, true],
      [0, true],
      [0, false],
    ]);
    expect(trace.messages.find((m) => m.type === 'Prepare' && m.to === 'A3')).toMatchObject({
      fate: 'dropped',
      dropReason: 'crashed',
    });
    expect(trace.final.ghost.chosen[0]).toMatchObject({ value: 'X', ballot: 1 });
    expect(step).toBe(4);
  });

  it('drops one in-flight message by its id', () => {
    const store = storeFor();
    seek(store, 1.5);
    const prepareToA2 = store
      .getState()
      .trace.messages.find((m) => m.type === 'Prepare' && m.to === 'A2')!;
    pullLever(store, { drop: { message: prepareToA2.id } });
    expect(store.getState().trace.messages[prepareToA2.id]).toMatchObject({
      fate: 'dropped',
      dropReason: 'user',
      droppedAt: 2,
    });
  });

  it('undoes an edit in the past, bringing back the old future and the place', () => {
    const store = storeFor();
    seek(store, 5);
    const before = store.getState().trace;
    seek(store, 1.5);
    pullLever(store, { crash: 'A1' });
    pullLever(store, { crash: 'A2' });
    expect(store.getState().trace.final.ghost.chosen).toEqual([]);
    undo(store);
    undo(store);
    expect(store.getState().trace.messages).toEqual(before.messages);
    expect(store.getState()).toMatchObject({ cursor: 1.5, past: [] });
    undo(store);
    expect(store.getState().edits).toEqual([]);
  });

  it('adds a competing proposer that asks from the cursor on', () => {
    const store = storeFor();
    seek(store, 2);
    edit(store, { kind: 'add-proposer', at: 3, value: 'Y' });
    const { scenario, trace } = store.getState();
    expect(scenario.nodes.proposers).toBe(2);
    expect(
      trace.messages.some((m) => m.type === 'Request' && m.from === 'C2' && m.to === 'P2'),
    ).toBe(true);
    expect(trace.final.ghost.chosen.every((c) => c.value === 'X')).toBe(true);
  });
});

describe('going to the end', () => {
  it('applies every step, even when the cursor is already at the last tick', () => {
    const store = storeFor();
    for (let i = 0; i < 3; i++) stepForward(store);
    pullLever(store, { partition: [['A1']] });
    store.setState({ cursor: store.getState().trace.end });
    toEnd(store);
    expect(store.getState().step).toBe(store.getState().trace.steps.length);
  });
});
