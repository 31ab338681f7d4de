import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PresetId } from '../scenario';
import { preset } from '../scenario';
import { worldAfter } from '../trace';
import { edit, pullLever, undo } from './edit';
import { goodRunOf, restoreRun } from './goodRun';
import type { GoodRun } from './goodRun';
import type { Clock } from './loop';
import { attachLoop } from './loop';
import { next } from './next';
import {
  pause,
  placeAt,
  play,
  reset,
  seek,
  setBounds,
  stepBack,
  stepForward,
  toEnd,
} from './playback';
import { finishRecording, placeWhenRecorded } from './recording';
import { loadScenario } from './loadScenario';
import { storeFor } from './storeFor.testing';
import { setMotion } from './ui';

/** Runs to start from: short ones, one that breaks a rule, and one long enough to record. */
const STARTS: PresetId[] = ['basic', 'lossy-network', 'dueling-proposers', 'stress'];

/** One thing a user (or the loop) does; numbers in [0, 1) pick a time, node or message. */
type Action =
  | { kind: 'forward' | 'back' | 'end' | 'reset' | 'next' | 'undo' | 'finish' | 'restore' }
  | { kind: 'seek' | 'place' | 'placeLater' | 'crash' | 'restart' | 'drop'; at: number }
  | { kind: 'frames'; count: number }
  | { kind: 'bounds'; start: number; stop: number }
  | { kind: 'seed'; seed: number }
  | { kind: 'motion'; on: boolean }
  | { kind: 'load'; start: number };

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc
    .constantFrom(
      ...(['forward', 'back', 'end', 'reset', 'next', 'undo', 'finish', 'restore'] as const),
    )
    .map((kind) => ({ kind })),
  fc.record({
    kind: fc.constantFrom(
      ...(['seek', 'place', 'placeLater', 'crash', 'restart', 'drop'] as const),
    ),
    at: fraction,
  }),
  fc.record({ kind: fc.constant('frames' as const), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('bounds' as const), start: fraction, stop: fraction }),
  fc.record({ kind: fc.constant('seed' as const), seed: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ kind: fc.constant('motion' as const), on: fc.boolean() }),
  fc.record({ kind: fc.constant('load' as const), start: fc.integer({ min: 0, max: 3 }) }),
);

/** A store on one of STARTS, its loop driven by a clock cranked in 50 ms frames. */
function driven(start: PresetId) {
  const store = storeFor(preset(start));
  let time = 0;
  const callbacks: ((t: number) => void)[] = [];
  const clock: Clock = {
    now: () => time,
    request: (cb) => callbacks.push(cb),
    cancel: () => undefined,
  };
  attachLoop(store, clock);
  const frames = (count: number) => {
    for (let i = 0; i < count && callbacks.length > 0; i++) {
      time += 50;
      callbacks.shift()!(time);
    }
  };
  return { store, frames };
}

function perform(
  { store, frames }: ReturnType<typeof driven>,
  a: Action,
  good: { run: GoodRun | null },
): void {
  const { trace, world } = store.getState();
  const tick = (at: number) => at * (trace.end + 10) - 5;
  const node = (at: number) => {
    const ids = [...world.acceptors, ...world.proposers].map((n) => n.id);
    return ids[Math.floor(at * ids.length)]!;
  };
  switch (a.kind) {
    case 'forward':
      return stepForward(store);
    case 'back':
      return stepBack(store);
    case 'end':
      return toEnd(store);
    case 'reset':
      return reset(store);
    case 'next':
      return next(store);
    case 'undo':
      return undo(store);
    case 'finish':
      return finishRecording(store);
    case 'restore':
      restoreRun(store, good.run);
      return;
    case 'seek':
      return seek(store, tick(a.at));
    case 'place':
      return placeAt(store, tick(a.at), Math.floor(a.at * (trace.steps.length + 3)));
    case 'placeLater':
      return placeWhenRecorded(store, tick(a.at) * 3, null);
    case 'crash':
      return pullLever(store, { crash: node(a.at) });
    case 'restart':
      return pullLever(store, { restart: node(a.at) });
    case 'drop': {
      const flying = world.inFlight;
      if (flying.length === 0) return;
      return pullLever(store, { drop: { message: flying[Math.floor(a.at * flying.length)]!.id } });
    }
    case 'frames':
      play(store);
      frames(a.count);
      return pause(store);
    case 'bounds':
      return setBounds(store, { start: tick(a.start), stop: tick(a.stop), loop: a.stop > 0.5 });
    case 'seed':
      return edit(store, { kind: 'seed', seed: a.seed });
    case 'motion':
      return setMotion(store, a.on);
    case 'load':
      return loadScenario(store, preset(STARTS[a.start]!), STARTS[a.start]!);
  }
}

describe('the playback world', () => {
  it('is the trace’s world at the store’s step after every action', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STARTS),
        fc.array(action, { minLength: 1, maxLength: 14 }),
        (start, actions) => {
          const driver = driven(start);
          const good = { run: null as GoodRun | null };
          for (const a of actions) {
            perform(driver, a, good);
            const s = driver.store.getState();
            expect(s.step).toBeGreaterThanOrEqual(0);
            expect(s.step).toBeLessThanOrEqual(s.trace.steps.length);
            expect(s.world).toEqual(worldAfter(s.trace, s.step));
            // What the drawing boundary would keep, to put back later.
            if (a.kind === 'forward') good.run = goodRunOf(s);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
