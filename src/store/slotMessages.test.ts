import { describe, expect, it } from 'vitest';
import { logPreset } from '../scenario/presets/multi';
import { runOf } from './loadScenario';
import {
  belongsToSlot,
  highlightedSlot,
  litMessages,
  slotMessageIds,
  slotOfMessage,
} from './slotMessages';
import { storeFor } from './storeFor.testing';
import { hoverSlot, letGo, pickSlot, select } from './ui';

describe('slotOfMessage', () => {
  it('gives Accept! and Accepted their slot', () => {
    expect(slotOfMessage({ type: 'Accept', slot: 3 })).toBe(3);
    expect(slotOfMessage({ type: 'Accepted', slot: 1 })).toBe(1);
  });

  it('gives no slot to Prepare and Promise, which span many slots', () => {
    expect(slotOfMessage({ type: 'Prepare', slot: 2 })).toBeNull();
    expect(slotOfMessage({ type: 'Promise', slot: 2 })).toBeNull();
  });

  it('gives no slot to Basic Paxos messages, which carry none', () => {
    expect(slotOfMessage({ type: 'Accept' })).toBeNull();
  });
});

describe('belongsToSlot', () => {
  it('matches only the same slot', () => {
    expect(belongsToSlot({ type: 'Accepted', slot: 2 }, 2)).toBe(true);
    expect(belongsToSlot({ type: 'Accepted', slot: 2 }, 3)).toBe(false);
    expect(belongsToSlot({ type: 'Response', slot: 2 }, 2)).toBe(false);
  });
});

describe("a slot's messages", () => {
  const { trace } = runOf(logPreset('mp-stable-leader'));

  it('are the Accept! and Accepted of that slot, and no other message', () => {
    const ids = slotMessageIds(trace, 2);
    const kinds = new Set([...ids].map((id) => trace.messages[id]!.type));
    expect(kinds).toEqual(new Set(['Accept', 'Accepted']));
    expect([...ids].every((id) => trace.messages[id]!.slot === 2)).toBe(true);
    const others = trace.messages.filter(
      (m) => (m.type === 'Accept' || m.type === 'Accepted') && m.slot === 2 && !ids.has(m.id),
    );
    expect(others).toEqual([]);
  });

  it('light up alone while the slot is lit, with none drawn above the others', () => {
    const lit = litMessages(trace, 1, 0);
    expect(lit?.selected).toBeNull();
    expect(lit?.ids).toEqual(slotMessageIds(trace, 1));
  });

  it('give way to a clicked message’s family when no slot is lit', () => {
    expect(litMessages(trace, null, null)).toBeNull();
    expect(litMessages(trace, null, 0)?.selected).toBe(0);
  });
});

describe('the slot the log marks', () => {
  const scenario = logPreset('mp-stable-leader');

  it('is the pointed-at slot over the picked one, and the picked one after', () => {
    const store = storeFor(scenario);
    pickSlot(store, 1);
    hoverSlot(store, 3);
    expect(highlightedSlot(store.getState())).toBe(3);
    hoverSlot(store, null);
    expect(highlightedSlot(store.getState())).toBe(1);
    pickSlot(store, 1);
    expect(highlightedSlot(store.getState())).toBeNull();
  });

  it("is a clicked Accept!'s slot, and a click on a Promise marks none", () => {
    const store = storeFor(scenario);
    const { messages } = store.getState().trace;
    const accept = messages.find((m) => m.type === 'Accept' && m.slot === 2)!;
    const promise = messages.find((m) => m.type === 'Promise')!;
    select(store, accept.id);
    expect(highlightedSlot(store.getState())).toBe(2);
    select(store, promise.id);
    expect(highlightedSlot(store.getState())).toBeNull();
  });

  it('clicking a message lets go of a picked slot, and picking a slot lets go of the message', () => {
    const store = storeFor(scenario);
    pickSlot(store, 2);
    select(store, 0);
    expect(store.getState().slotPicked).toBeNull();
    pickSlot(store, 2);
    expect(store.getState().selected).toBeNull();
  });

  it('a second click on the picked slot lets go even with the pointer still on its row', () => {
    const store = storeFor(scenario);
    hoverSlot(store, 2);
    pickSlot(store, 2);
    pickSlot(store, 2);
    expect(highlightedSlot(store.getState())).toBeNull();
  });

  it('letGo (Escape) drops a picked or focused slot and a clicked message, and says so', () => {
    const store = storeFor(scenario);
    expect(letGo(store)).toBe(false);
    pickSlot(store, 1);
    hoverSlot(store, 3);
    expect(letGo(store)).toBe(true);
    expect(highlightedSlot(store.getState())).toBeNull();
    select(store, 0);
    expect(letGo(store)).toBe(true);
    expect(store.getState().selected).toBeNull();
    expect(letGo(store)).toBe(false);
  });
});
