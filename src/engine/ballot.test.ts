import { describe, expect, it } from 'vitest';
import { countBits, nextBallot } from './ballot';

describe('ballots', () => {
  it("starts P1 at ballot 1, as the seed diagram's Prepare(1)", () => {
    expect(nextBallot(0, 1, 0, false)).toBe(1);
    expect(nextBallot(0, 3, 0, false)).toBe(1);
  });

  it('gives proposers disjoint ballots, each above the highest seen', () => {
    const k = 3;
    const owned = new Map<number, number>();
    for (let p = 0; p < k; p++) {
      let seen = 0;
      for (let round = 0; round < 20; round++) {
        const b = nextBallot(p, k, seen, false);
        expect(b).toBeGreaterThan(seen);
        expect(owned.get(b) ?? p).toBe(p);
        owned.set(b, p);
        seen = b + (round % 3);
      }
    }
  });

  it('takes the smallest own ballot above what was seen', () => {
    expect(nextBallot(1, 3, 0, false)).toBe(2);
    expect(nextBallot(1, 3, 2, false)).toBe(5);
    expect(nextBallot(1, 3, 4, false)).toBe(5);
    expect(nextBallot(1, 3, 5, false)).toBe(8);
  });

  it('lets proposers collide on one ballot under shared-ballots', () => {
    expect(nextBallot(0, 2, 0, true)).toBe(1);
    expect(nextBallot(1, 2, 0, true)).toBe(1);
  });

  it('counts acceptors in a mask', () => {
    expect(countBits(0)).toBe(0);
    expect(countBits(0b1011)).toBe(3);
    expect(countBits(0x7fffffff)).toBe(31);
  });
});
