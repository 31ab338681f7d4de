/**
 * 32-bit hashing for state fingerprints: MurmurHash3's mixing of one word into a running
 * hash, and its finaliser. Two lanes seeded differently give a 64-bit fingerprint.
 */
export function mix(hash: number, word: number): number {
  let k = Math.imul(word | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  const h = hash ^ k;
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

export function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The well-mixed hash of a multiset member: order-independent sums of these stay unbiased. */
export function member(seed: number, word: number): number {
  return finish(mix(seed, word));
}
