import type { World } from '../../engine';
import { indexOf, roleOf } from '../../engine';
import type { Used } from '../enabled';
import type { Sight } from './roleCodec';
import { ACCEPTOR_CODEC, PROPOSER_CODEC } from './roleCodec';
import { finish, member, mix } from './hash';
import type { Interner } from './intern';
import { IntList } from './intlist';

/**
 * A 64-bit fingerprint of a model state (two 32-bit lanes): equal states get equal
 * fingerprints, and different ones almost surely different (see the collision estimate the
 * search reports). Messages and votes are sets, so they are hashed as order-free sums.
 *
 * With symmetry, acceptors are renamed before hashing: all acceptors are alike (every
 * proposer writes to all of them, quorums are counts), so two states that differ only in which
 * acceptor is which have the same futures, and Agreement holds in both or neither. Acceptors
 * are ranked by a signature of everything about them; ties keep their order, which can leave
 * two mirror images counted apart, but never merges states that are not mirror images.
 */
export class Fingerprint implements Sight {
  /** The live message contents of the world being fingerprinted, ascending. */
  readonly live = new IntList();
  h1 = 0;
  h2 = 0;
  readonly interner: Interner;
  world!: World;
  /** One node's fingerprint words. */
  readonly #words = new Int32Array(Math.max(PROPOSER_CODEC.wordCount, ACCEPTOR_CODEC.wordCount));
  // Kept here so the hot loop reads a field, not a module binding (a getter under some loaders).
  readonly #proposer = PROPOSER_CODEC;
  readonly #acceptor = ACCEPTOR_CODEC;
  readonly #symmetry: boolean;
  /** rank[i] is acceptor i's new index; order[r] the acceptor with rank r. */
  readonly #rank: Int32Array;
  readonly #order: Int32Array;
  readonly #signature: Int32Array;
  #a = 0;
  #b = 0;

  constructor(interner: Interner, acceptors: number, symmetry: boolean) {
    if (acceptors > 16) throw new RangeError('a model has at most 16 acceptors');
    this.interner = interner;
    this.#symmetry = symmetry && acceptors > 1;
    this.#rank = Int32Array.from({ length: acceptors }, (_, i) => i);
    this.#order = Int32Array.from({ length: acceptors }, (_, i) => i);
    this.#signature = new Int32Array(acceptors);
  }

  compute(world: World, used: Used): void {
    this.world = world;
    if (this.#symmetry) this.#rankAcceptors(world);
    const interner = this.interner;
    const rank = this.#rank;
    this.#a = 0x3c6ef372;
    this.#b = 0x6a09e667;
    this.#word(
      (used.crashes << 24) | (used.drops << 16) | (used.duplicates << 8) | used.partitions,
    );
    const words = this.#words;
    for (const p of world.proposers) {
      this.#proposer.see(p, this, words);
      for (let w = 0; w < this.#proposer.wordCount; w++) this.#word(words[w]!);
    }
    for (let r = 0; r < this.#order.length; r++) {
      this.#acceptor.see(world.acceptors[this.#order[r]!]!, this, words);
      for (let w = 0; w < this.#acceptor.wordCount; w++) this.#word(words[w]!);
    }
    for (const group of world.partition) {
      this.#word(group.length);
      for (const id of group) this.#word(this.#nodeCode(id));
    }
    let votes1 = 0;
    let votes2 = 0;
    for (const v of world.ghost.votes) {
      const word = interner.proposal(v) * 64 + this.mask(v.acceptors);
      votes1 = (votes1 + member(0x1b873593, word)) | 0;
      votes2 = (votes2 + member(0x7f4a7c15, word)) | 0;
    }
    let messages1 = 0;
    let messages2 = 0;
    const live = this.live;
    for (let i = 0; i < live.length; i++) {
      const content = live.at(i);
      const acceptor = interner.acceptorOf[content]!;
      const b1 = interner.base1[content]!;
      const b2 = interner.base2[content]!;
      messages1 = (messages1 + (acceptor < 0 ? b1 : member(b1, rank[acceptor]! + 1))) | 0;
      messages2 = (messages2 + (acceptor < 0 ? b2 : member(b2, rank[acceptor]! + 1))) | 0;
    }
    this.h1 = finish(mix(mix(mix(this.#a, votes1), messages1), live.length));
    this.h2 = finish(mix(mix(mix(this.#b, votes2), messages2), live.length));
  }

  /**
   * Feeds one word to both lanes. The second lane scrambles the word first, so that a
   * collision of one lane tells nothing about the other: together they make 64 bits.
   */
  #word(word: number): void {
    this.#a = mix(this.#a, word);
    this.#b = mix(this.#b, Math.imul(word, 0x2c1b3c6d) ^ 0x297a2d39);
  }

  /** A mask of acceptor indices with each acceptor moved to its rank. */
  mask(mask: number): number {
    if (!this.#symmetry) return mask;
    let renamed = 0;
    for (let i = 0; i < this.#rank.length; i++)
      if ((mask & (1 << i)) !== 0) renamed |= 1 << this.#rank[i]!;
    return renamed;
  }

  #nodeCode(id: string): number {
    const index = indexOf(id);
    return roleOf(id) === 'acceptor' ? 64 + this.#rank[index]! : id.charCodeAt(0) * 16 + index;
  }

  /** Ranks acceptors by everything about them: their state, who counts them, what they hold. */
  #rankAcceptors(world: World): void {
    const interner = this.interner;
    const signature = this.#signature;
    const n = signature.length;
    const words = this.#words;
    for (let i = 0; i < n; i++) {
      this.#acceptor.see(world.acceptors[i]!, this, words);
      let s = 0x51ed270b;
      for (let w = 0; w < this.#acceptor.wordCount; w++) s = mix(s, words[w]!);
      for (const p of world.proposers) s = mix(s, this.#proposer.membership(p, i));
      signature[i] = s;
    }
    for (const v of world.ghost.votes) {
      const word = member(0x2f8b6a13, interner.proposal(v));
      for (let i = 0; i < n; i++)
        if ((v.acceptors & (1 << i)) !== 0) signature[i] = (signature[i]! + word) | 0;
    }
    const live = this.live;
    for (let k = 0; k < live.length; k++) {
      const content = live.at(k);
      const acceptor = interner.acceptorOf[content]!;
      if (acceptor >= 0)
        signature[acceptor] = (signature[acceptor]! + interner.base1[content]!) | 0;
    }
    const order = this.#order;
    for (let i = 0; i < n; i++) order[i] = i;
    // Insertion sort by signature, ties by index: n is at most 5.
    for (let i = 1; i < n; i++) {
      const item = order[i]!;
      let j = i - 1;
      while (j >= 0 && signature[order[j]!]! > signature[item]!) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = item;
    }
    for (let r = 0; r < n; r++) this.#rank[order[r]!] = r;
  }
}
