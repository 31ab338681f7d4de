import { describe, expect, it } from 'vitest';
import type { Bug, World } from '../../engine';
import { apply, cloneWorld } from '../../engine';
import { NOTHING_USED } from '../enabled';
import { bfs } from './bfs';
import { StateCodec } from './codec';
import { isInert } from './inert';
import type { ExploreModel } from './model';
import { AGREEMENT_ONLY, initialWorld } from './model';
import { stepsOf } from './moves';
import { walkStates } from './testing.testing';
import type { Reductions } from './searchOptions';
import { ALL_REDUCTIONS, NO_REDUCTIONS } from './searchOptions';

function model(acceptors: number, bug: Bug | null, crashes = 0): ExploreModel {
  return {
    acceptors,
    proposers: 2,
    bugs: bug === null ? [] : [bug],
    bounds: { maxBallot: 2, crashes, drops: 0, duplicates: 0, partitions: 0 },
  };
}

function shortest(m: ExploreModel, reductions: Reductions) {
  let now = 0;
  const outcome = bfs(m, {
    target: AGREEMENT_ONLY,
    reductions,
    stopAtFirst: true,
    statesMax: 2_000_000,
    timeMaxMs: Number.POSITIVE_INFINITY,
    clock: () => now++,
  });
  return { outcome };
}

/**
 * Models small enough to search literally (every enabled input, every state) in a second or
 * so, each big enough to show its broken rule. With every reduction on, the search must find
 * the same verdict and a counterexample of the same number of engine inputs.
 */
const CASES: [string, ExploreModel][] = [
  ['ignore-promised-values', model(3, 'ignore-promised-values')],
  ['minority-quorum', model(3, 'minority-quorum')],
  ['accept-any-ballot', model(3, 'accept-any-ballot')],
  ['shared-ballots', model(2, 'shared-ballots')],
  ['amnesiac-acceptor', model(2, 'amnesiac-acceptor', 2)],
  ['no rule broken, one crash', model(2, null, 1)],
];

// Searches take seconds, more on a busy machine: the cap is generous, never a measure.
describe('reductions', { timeout: 30_000 }, () => {
  it.each(CASES)('find what the literal search finds: %s', (_, m) => {
    const literal = shortest(m, NO_REDUCTIONS);
    const reduced = shortest(m, ALL_REDUCTIONS);
    expect(reduced.outcome.violations > 0).toBe(literal.outcome.violations > 0);
    // A bounce (a crash and the restart right after it) is one move of two engine inputs.
    const inputs = ({ outcome }: ReturnType<typeof shortest>) =>
      outcome.moves?.flatMap((move) => stepsOf(move, outcome)).length ?? null;
    expect(inputs(reduced)).toBe(inputs(literal));
    expect(reduced.outcome.states).toBeLessThan(literal.outcome.states);
    if (m.bugs.length === 0) {
      expect(literal.outcome.stoppedBy).toBe('exhausted');
      expect(reduced.outcome.stoppedBy).toBe('exhausted');
    }
  });

  it('count a state and its mirror image (acceptors renamed) once', () => {
    const m = model(3, null);
    const codec = new StateCodec(initialWorld(m), m, ALL_REDUCTIONS);
    const literal = new StateCodec(initialWorld(m), m, NO_REDUCTIONS);
    const [a, b] = [mirrorRun(m, 'A1'), mirrorRun(m, 'A2')];
    const fingerprint = (c: StateCodec, w: World) => {
      c.adopt(w);
      c.measureWhole(w, NOTHING_USED);
      return [c.fingerprint.h1, c.fingerprint.h2];
    };
    expect(fingerprint(codec, a)).toEqual(fingerprint(codec, b));
    expect(fingerprint(literal, a)).not.toEqual(fingerprint(literal, b));
  });

  it('leave out only messages whose delivery changes nothing', () => {
    const m = model(3, null, 1);
    const codec = new StateCodec(initialWorld(m), m, NO_REDUCTIONS);
    let checked = 0;
    for (const world of walkStates(m, 300, 7)) {
      codec.adopt(world);
      codec.measureWhole(world, NOTHING_USED);
      const before = [codec.fingerprint.h1, codec.fingerprint.h2];
      for (const message of world.inFlight.filter((msg) => isInert(world, msg))) {
        const after = cloneWorld(world);
        apply(after, { kind: 'deliver', at: after.now + 1, id: message.id }, null);
        codec.measureWhole(after, NOTHING_USED);
        expect([codec.fingerprint.h1, codec.fingerprint.h2]).toEqual(before);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

/** P1's Prepare delivered to `first`, then its Promise: the same story told about two acceptors. */
function mirrorRun(m: ExploreModel, first: string): World {
  const world = initialWorld(m);
  const deliver = (test: (msg: World['inFlight'][number]) => boolean) => {
    const message = world.inFlight.find(test)!;
    apply(world, { kind: 'deliver', at: world.now + 1, id: message.id }, null);
  };
  deliver((msg) => msg.type === 'Request' && msg.to === 'P1');
  deliver((msg) => msg.type === 'Prepare' && msg.to === first);
  deliver((msg) => msg.type === 'Promise' && msg.from === first);
  return world;
}
