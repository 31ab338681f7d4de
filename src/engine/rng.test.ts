import { describe, expect, it } from 'vitest';
import { chance, nextUint32, randomInt, seedRng } from './rng';

describe('seeded generator', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = seedRng(42);
    const b = seedRng(42);
    const c = seedRng(43);
    const draw = (rng: ReturnType<typeof seedRng>) =>
      Array.from({ length: 8 }, () => nextUint32(rng));
    const first = draw(a);
    expect(draw(b)).toEqual(first);
    expect(draw(c)).not.toEqual(first);
  });

  it('draws integers inside the inclusive range, hitting both ends', () => {
    const rng = seedRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(randomInt(rng, 2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('draws nothing for a one-number range or a certain chance, so fixed networks keep the stream', () => {
    const rng = seedRng(9);
    const before = [...rng];
    expect(randomInt(rng, 3, 3)).toBe(3);
    expect(chance(rng, 0)).toBe(false);
    expect(chance(rng, 1)).toBe(true);
    expect(rng).toEqual(before);
  });

  it('keeps its state as four plain numbers that survive structuredClone', () => {
    const rng = seedRng(5);
    const copy = structuredClone(rng);
    expect(nextUint32(copy)).toBe(nextUint32(rng));
  });
});
