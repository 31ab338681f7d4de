/**
 * The states seen so far, as 64-bit fingerprints in an open-addressing table (linear probing,
 * at most half full): 16 bytes a state however big the state is. Like TLC's fingerprint set,
 * it trades a tiny chance of two states sharing a fingerprint (see `collisionChance`) for
 * memory that does not grow with the size of a state.
 */
export class FingerprintSet {
  size = 0;
  #slots: Int32Array;
  #mask: number;

  constructor(capacityLog2 = 16) {
    this.#slots = new Int32Array(2 << capacityLog2);
    this.#mask = (1 << capacityLog2) - 1;
  }

  /** Adds a fingerprint; false when it was already there. */
  add(h1: number, h2: number): boolean {
    // (0, 0) marks an empty slot, so that one fingerprint is stored as (0, 1).
    if (h1 === 0 && h2 === 0) h2 = 1;
    const slots = this.#slots;
    let i = (h1 ^ Math.imul(h2, 0x27d4eb2d)) & this.#mask;
    for (;;) {
      const a = slots[2 * i]!;
      const b = slots[2 * i + 1]!;
      if (a === 0 && b === 0) break;
      if (a === h1 && b === h2) return false;
      i = (i + 1) & this.#mask;
    }
    slots[2 * i] = h1;
    slots[2 * i + 1] = h2;
    this.size++;
    if (this.size * 2 > this.#mask + 1) this.#grow();
    return true;
  }

  get bytes(): number {
    return this.#slots.byteLength;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2);
    this.#mask = this.#mask * 2 + 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] !== 0 || old[i + 1] !== 0) this.add(old[i]!, old[i + 1]!);
    }
  }
}

/**
 * The chance that some two of `states` distinct states share a 64-bit fingerprint, so that
 * one of them was never explored: about n² / 2⁶⁵ (TLC reports the same estimate).
 */
export function collisionChance(states: number): number {
  return (states * states) / 2 ** 65;
}
