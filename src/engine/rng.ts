/**
 * The engine's only source of randomness: sfc32 (Chris Doty-Humphrey's small fast counter
 * generator), seeded through splitmix32. Its state is four numbers in a plain array so a world
 * that holds it stays structured-clone-able and a checkpoint captures the stream exactly.
 */
export type Rng = [number, number, number, number];

const TWO_TO_32 = 4294967296;

export function seedRng(seed: number): Rng {
  let s = seed >>> 0;
  const splitmix32 = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const rng: Rng = [splitmix32(), splitmix32(), splitmix32(), splitmix32()];
  // The first outputs of sfc32 are correlated with the seed; the authors discard a dozen.
  for (let i = 0; i < 12; i++) nextUint32(rng);
  return rng;
}

/** Advances the generator in place and returns 32 uniformly random bits. */
export function nextUint32(rng: Rng): number {
  let [a, b, c, d] = rng;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  rng[0] = a;
  rng[1] = b;
  rng[2] = c;
  rng[3] = d;
  return t >>> 0;
}

/**
 * A uniform integer in [min, max]. When the range is a single number no bits are drawn, so a
 * deterministic network (delay [1, 1]) leaves the stream untouched.
 */
export function randomInt(rng: Rng, min: number, max: number): number {
  if (max <= min) return min;
  return min + Math.floor((nextUint32(rng) / TWO_TO_32) * (max - min + 1));
}

/** True with probability p; draws nothing when p is 0 or 1. */
export function chance(rng: Rng, p: number): boolean {
  if (p <= 0) return false;
  if (p >= 1) return true;
  return nextUint32(rng) / TWO_TO_32 < p;
}
