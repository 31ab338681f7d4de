import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { logPreset } from '../scenario/presets/multi';
import { stepsThrough, worldAfter } from '../trace';
import { pullLevers } from './edit';
import { logView } from './logView';
import { narrate } from './narration';
import { nodeViews } from './nodeViews';
import { moveTo, seek } from './playback';
import type { PaxosStore } from './state';
import { storeFor } from './storeFor.testing';

/** What a node's header says at the store's cursor, line by line. */
function said(store: PaxosStore, id: string): string {
  const view = nodeViews(store.getState().world).find((v) => v.id === id)!;
  return view.lines.map((l) => t('en', l.key, l.params)).join(' | ');
}

/** Every narration line of the run on the store, in English, with the tick it is said at. */
function narration(store: PaxosStore): { at: number; text: string }[] {
  const { trace } = store.getState();
  return trace.steps.flatMap((step, i) =>
    narrate(trace, i + 1, worldAfter(trace, i + 1)).map((l) => ({
      at: step.at,
      text: t('en', l.key, l.params),
    })),
  );
}

/** Stands at a tick, as the scrubber does. */
function at(store: PaxosStore, tick: number): void {
  moveTo(store, stepsThrough(store.getState().trace, tick), tick);
}

describe('Multi-Paxos levers tell one story', () => {
  it('both answers to request #1 lost: C1 waits, retries the same (client, seq), and the replicas answer it from cache', () => {
    const store = storeFor(logPreset('mp-stable-leader'));
    const responses = store
      .getState()
      .trace.messages.filter((m) => m.type === 'Response' && m.seq === 1);
    expect(responses.map((m) => m.from)).toEqual(['L1', 'L2']);
    at(store, 5.5);
    pullLevers(
      store,
      responses.map((m) => ({ drop: { message: m.id } })),
    );
    at(store, 12);
    expect(said(store, 'C1')).toBe('#1 waiting (put x 1) | #2 answered: 2');
    const c1 = nodeViews(store.getState().world).find((v) => v.id === 'C1')!;
    // Request #1 went at tick 0 and is sent again 20 ticks later (client.retry's default).
    const now = store.getState().world.now;
    expect(c1.countdown).toEqual({ kind: 'retry', left: 20 - now, total: 20 });

    seek(store, store.getState().trace.end);
    const log = logView(store.getState().world)!;
    const slot4 = log.slots.find((s) => s.slot === 4)!;
    expect(slot4.chosen?.value).toBe('put x 1');
    expect(slot4.applied).toEqual(['duplicate', 'duplicate']);
    expect(log.watermarks).toEqual([4, 4]);
    expect(said(store, 'L1')).toBe('applied slots\u00a01–4 | x=1, y=2');
    const lines = narration(store);
    expect(lines.filter((l) => l.at === 6).map((l) => l.text)).toEqual([
      'You dropped Response(1) from L1 to C1.',
      'C1 has no answer to request #1 yet: unless another replica’s answer arrives, it sends the same (client, seq) again at tick 20.',
      'You dropped Response(1) from L2 to C1.',
      'C1 has no answer to request #1 yet: unless another replica’s answer arrives, it sends the same (client, seq) again at tick 20.',
    ]);
    expect(lines).toContainEqual({
      at: 20,
      text: 'C1 has had no answer to request #1 for 20 ticks: it sends the same (client, seq) again, to P2.',
    });
    expect(
      lines.filter((l) => l.text.startsWith('Slot 4 holds C1’s request #1 again')),
    ).toHaveLength(2);
    expect(lines.some((l) => l.text.includes('gets its answer to request #1'))).toBe(false);
  });

  it('one answer lost after the other arrived changes nothing, and the narration says so', () => {
    const store = storeFor(logPreset('mp-stable-leader'));
    const late = store
      .getState()
      .trace.messages.find((m) => m.type === 'Response' && m.seq === 1 && m.from === 'L2')!;
    at(store, 5.5);
    pullLevers(store, [{ delay: { message: late.id, by: 2 } }]);
    at(store, 7.5);
    pullLevers(store, [{ drop: { message: late.id } }]);
    const lines = narration(store).filter((l) => l.at === 8);
    expect(lines.map((l) => l.text)).toContain(
      'C1 already has its answer to request #1 from another replica, so this loss changes nothing.',
    );
    seek(store, store.getState().trace.end);
    expect(logView(store.getState().world)!.slots).toHaveLength(3);
    expect(said(store, 'C1')).toBe('#3 answered: 1');
  });
});
