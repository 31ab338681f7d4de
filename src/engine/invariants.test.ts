import { describe, expect, it } from 'vitest';
import { act, testWorld } from './testing';

/** Puts the world in a state by hand and runs one no-op step so the checks look at it. */
function check(world: ReturnType<typeof testWorld>) {
  act(world, { kind: 'heal' });
  return world.violations;
}

describe('invariants', () => {
  it('reports Agreement when two values are each accepted by a majority, naming ballots and quorums', () => {
    const world = testWorld({ clients: 2, proposers: 2 });
    world.clients[0]!.requests.push({ value: 'X', proposer: 'P1', at: 0 });
    world.clients[1]!.requests.push({ value: 'Y', proposer: 'P2', at: 0 });
    for (const i of [0, 1])
      Object.assign(world.acceptors[i]!, { promised: 1, accepted: { ballot: 1, value: 'X' } });
    expect(check(world)).toEqual([]);
    for (const i of [1, 2])
      Object.assign(world.acceptors[i]!, { promised: 2, accepted: { ballot: 2, value: 'Y' } });
    const [violation] = check(world);
    expect(violation).toMatchObject({
      invariant: 'Agreement',
      detail: '"X" was chosen in ballot 1 by {A1, A2} and "Y" in ballot 2 by {A2, A3}.',
    });
  });

  it('does not call a value chosen when its majority is split across ballots', () => {
    const world = testWorld({ clients: 2, proposers: 2, acceptors: 5 });
    world.clients[0]!.requests.push({ value: 'X', proposer: 'P1', at: 0 });
    Object.assign(world.acceptors[0]!, { promised: 1, accepted: { ballot: 1, value: 'X' } });
    Object.assign(world.acceptors[1]!, { promised: 3, accepted: { ballot: 3, value: 'X' } });
    Object.assign(world.acceptors[2]!, { promised: 5, accepted: { ballot: 5, value: 'X' } });
    check(world);
    expect(world.ghost.chosen).toEqual([]);
  });

  it('reports Validity when the chosen value was never requested', () => {
    const world = testWorld();
    for (const i of [0, 1])
      Object.assign(world.acceptors[i]!, { promised: 1, accepted: { ballot: 1, value: 'Q' } });
    expect(check(world).map((v) => v.invariant)).toEqual(['Validity']);
  });

  it('reports a promise that goes down', () => {
    const world = testWorld();
    world.acceptors[0]!.promised = 3;
    check(world);
    world.acceptors[0]!.promised = 2;
    expect(check(world)).toEqual([
      expect.objectContaining({
        invariant: 'PromiseMonotonicity',
        detail: "A1's promise fell from ballot 3 to 2.",
      }),
    ]);
  });

  it('reports an accepted ballot above the promise', () => {
    const world = testWorld();
    world.clients[0]!.requests.push({ value: 'X', proposer: 'P1', at: 0 });
    Object.assign(world.acceptors[0]!, { promised: 1, accepted: { ballot: 2, value: 'X' } });
    expect(check(world).map((v) => v.invariant)).toEqual(['AcceptedWithinPromise']);
  });

  it('reports a learner that learns an unchosen value, learners that disagree, and a learned value that changes', () => {
    const world = testWorld();
    world.clients[0]!.requests.push({ value: 'X', proposer: 'P1', at: 0 });
    for (const i of [0, 1])
      Object.assign(world.acceptors[i]!, { promised: 1, accepted: { ballot: 1, value: 'X' } });
    world.learners[0]!.learned = { ballot: 1, value: 'X' };
    expect(check(world)).toEqual([]);
    world.learners[1]!.learned = { ballot: 2, value: 'Y' };
    expect(check(world).map((v) => v.detail)).toEqual([
      'L2 learned "Y", which no quorum of acceptors accepted in ballot 2.',
      'L2 learned "Y" but L1 learned "X".',
    ]);
    world.learners[0]!.learned = { ballot: 2, value: 'Y' };
    expect(check(world).map((v) => v.detail)).toContain(
      'L1 changed its learned value from "X" to "Y".',
    );
  });

  it('treats a quorum as ⌊N/2⌋ under minority-quorum', () => {
    const world = testWorld({ acceptors: 4 }, ['minority-quorum']);
    expect(world.rules.quorum).toBe(2);
    expect(testWorld({ acceptors: 3 }, ['minority-quorum']).rules.quorum).toBe(1);
    expect(testWorld({ acceptors: 4 }).rules.quorum).toBe(3);
  });
});
