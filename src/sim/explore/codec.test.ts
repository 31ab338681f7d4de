import { describe, expect, it } from 'vitest';
import type { Input, World } from '../../engine';
import { apply, cloneWorld } from '../../engine';
import { NOTHING_USED } from '../enabled';
import { StateCodec } from './codec';
import { IntList } from './intlist';
import type { ExploreModel } from './model';
import { initialWorld } from './model';
import { ALL_REDUCTIONS, NO_REDUCTIONS } from './searchOptions';
import { nextSteps } from './steps';
import { walkStates } from './testing.testing';

const MODEL: ExploreModel = {
  acceptors: 3,
  proposers: 2,
  bugs: ['amnesiac-acceptor'],
  bounds: { maxBallot: 4, crashes: 2, drops: 1, duplicates: 1, partitions: 1 },
};

function encoded(codec: StateCodec, world: World): number[] {
  const out = new IntList();
  codec.measureWhole(world, NOTHING_USED);
  codec.encode(world, NOTHING_USED, out);
  return Array.from(out.data.subarray(0, out.length));
}

/** The node a step acts on, the only one it can change, or null for none. */
function touchedBy(world: World, input: Input): string | null {
  if (input.kind === 'deliver') return world.inFlight.find((m) => m.id === input.id)!.to;
  return 'node' in input ? input.node : null;
}

describe('state codec', () => {
  it('rebuilds every state it encodes, and fingerprints the copy alike', () => {
    for (const reductions of [NO_REDUCTIONS, ALL_REDUCTIONS]) {
      const codec = new StateCodec(initialWorld(MODEL), MODEL, reductions);
      const scratch = initialWorld(MODEL);
      for (const world of walkStates(MODEL, 400, 3)) {
        codec.adopt(world);
        const data = encoded(codec, world);
        const fingerprint = [codec.fingerprint.h1, codec.fingerprint.h2];
        codec.decodeInto(scratch, Int32Array.from(data), 0, { ...NOTHING_USED });
        expect(encoded(codec, scratch)).toEqual(data);
        expect([codec.fingerprint.h1, codec.fingerprint.h2]).toEqual(fingerprint);
      }
    }
  });

  it('brings a world back exactly after any one step, rebuilding only what the step touched', () => {
    const codec = new StateCodec(initialWorld(MODEL), MODEL, NO_REDUCTIONS);
    const scratch = initialWorld(MODEL);
    let steps = 0;
    for (const world of walkStates(MODEL, 200, 11)) {
      codec.adopt(world);
      const data = Int32Array.from(encoded(codec, world));
      codec.decodeInto(scratch, data, 0, { ...NOTHING_USED });
      for (const step of nextSteps(scratch, MODEL, NOTHING_USED, NO_REDUCTIONS)) {
        const node = touchedBy(scratch, step[0]!);
        for (const each of step) apply(scratch, each, null);
        codec.restore(scratch, data, 0, { ...NOTHING_USED }, codec.node(node));
        expect(encoded(codec, scratch)).toEqual(Array.from(data));
        steps++;
      }
    }
    expect(steps).toBeGreaterThan(1000);
  });

  it('fingerprints a step from the node it touched as it fingerprints the whole world', () => {
    for (const reductions of [NO_REDUCTIONS, ALL_REDUCTIONS]) {
      const codec = new StateCodec(initialWorld(MODEL), MODEL, reductions);
      const scratch = initialWorld(MODEL);
      let steps = 0;
      for (const world of walkStates(MODEL, 200, 13)) {
        codec.adopt(world);
        const data = Int32Array.from(encoded(codec, world));
        const fresh = () => codec.decodeInto(scratch, data, 0, { ...NOTHING_USED });
        fresh();
        codec.expand(scratch);
        const touched: number[] = [];
        // Every step from the state, the way the search takes them: restore, apply, measure.
        const stepped = nextSteps(scratch, MODEL, NOTHING_USED, reductions).map((step, i) => {
          if (i > 0) codec.restore(scratch, data, 0, { ...NOTHING_USED }, touched[i - 1]!);
          touched.push(codec.node(touchedBy(scratch, step[0]!)));
          for (const each of step) apply(scratch, each, null);
          codec.measure(scratch, NOTHING_USED, touched[i]!);
          return [codec.fingerprint.h1, codec.fingerprint.h2];
        });
        // The same steps, each from a fresh copy of the state, fingerprinted whole.
        fresh();
        const whole = nextSteps(scratch, MODEL, NOTHING_USED, reductions).map((step) => {
          fresh();
          for (const each of step) apply(scratch, each, null);
          codec.measureWhole(scratch, NOTHING_USED);
          return [codec.fingerprint.h1, codec.fingerprint.h2];
        });
        expect(stepped).toEqual(whole);
        steps += whole.length;
      }
      expect(steps).toBeGreaterThan(1000);
    }
  });

  it('shares no object the engine changes between rebuilt worlds, or with the world encoded', () => {
    const codec = new StateCodec(initialWorld(MODEL), MODEL, NO_REDUCTIONS);
    const [world] = walkStates(MODEL, 30, 5).slice(-1);
    codec.adopt(world!);
    const data = Int32Array.from(encoded(codec, world!));
    const copy = cloneWorld(world!);
    const a = initialWorld(MODEL);
    const b = initialWorld(MODEL);
    codec.decodeInto(a, data, 0, { ...NOTHING_USED });
    codec.decodeInto(b, data, 0, { ...NOTHING_USED });
    // Stepping one rebuilt world (votes are updated in place by the engine) leaves the other as it was.
    for (const step of nextSteps(a, MODEL, NOTHING_USED, NO_REDUCTIONS).slice(0, 5))
      for (const input of step) apply(a, input, null);
    expect(encoded(codec, b)).toEqual(Array.from(data));
    expect(world).toEqual(copy);
  });
});
