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
  // Kept here so the hot loop reads a field, not a module binding (a getter under some loaders).
  readonly #proposer = PROPOSER_CODEC;
  readonly #acceptor = ACCEPTOR_CODEC;
  readonly #symmetry: boolean;
  readonly #proposers: number;
  /**
   * Every node's words as `see` wrote them (proposers first, then acceptors, `#stride` words
   * each) for the state being expanded, and for the step just tried: a step changes one node
   * at most, so only its words are seen again (see `compute`).
   */
  readonly #stride: number;
  readonly #expanded: Int32Array;
  readonly #stepped: Int32Array;
  /** The node whose words in `#stepped` are the last step's, or -1. */
  #dirty = -1;
  /** One node's words, renamed. */
  readonly #words: Int32Array;
  /** rank[i] is acceptor i's new index; order[r] the acceptor with rank r. */
  readonly #rank: Int32Array;
  readonly #order: Int32Array;
  readonly #signature: Int32Array;
  /** The ghost's votes as proposal numbers, and their acceptors. */
  readonly #voteProposals = new IntList();
  /** Whether the ranking moved any acceptor (most often it keeps them where they are). */
  #renamed = false;
  #a = 0;
  #b = 0;

  constructor(interner: Interner, proposers: number, acceptors: number, symmetry: boolean) {
    if (acceptors > 16) throw new RangeError('a model has at most 16 acceptors');
    // An acceptor's own words are its signature before ranking, so they must not name acceptors.
    if (ACCEPTOR_CODEC.hasSets) throw new Error('an acceptor set in an acceptor cannot be ranked');
    this.interner = interner;
    this.#symmetry = symmetry && acceptors > 1;
    this.#proposers = proposers;
    this.#stride = Math.max(PROPOSER_CODEC.wordCount, ACCEPTOR_CODEC.wordCount);
    this.#expanded = new Int32Array((proposers + acceptors) * this.#stride);
    this.#stepped = new Int32Array(this.#expanded.length);
    this.#words = new Int32Array(this.#stride);
    this.#rank = Int32Array.from({ length: acceptors }, (_, i) => i);
    this.#order = Int32Array.from({ length: acceptors }, (_, i) => i);
    this.#signature = new Int32Array(acceptors);
  }

  /** The number of a node for `compute`: proposers from 0, then acceptors; -1 for others. */
  nodeNumber(id: string): number {
    const role = roleOf(id);
    if (role === 'proposer') return indexOf(id);
    return role === 'acceptor' ? this.#proposers + indexOf(id) : -1;
  }

  /** Sees every node of `world`, the state about to be expanded. */
  expand(world: World): void {
    this.world = world;
    for (let k = 0; k < world.proposers.length; k++)
      this.#proposer.see(world.proposers[k]!, this, this.#expanded, k * this.#stride);
    for (let i = 0; i < world.acceptors.length; i++)
      this.#acceptor.see(world.acceptors[i]!, this, this.#expanded, this.#nodeAt(i));
    this.#stepped.set(this.#expanded);
    this.#dirty = -1;
  }

  /**
   * Fingerprints `world`, one step from the state last expanded: `touched` is the node the step
   * acted on (see nodeNumber), the only one seen again; the ghost and the messages always are.
   */
  compute(world: World, used: Used, touched: number): void {
    this.world = world;
    const stride = this.#stride;
    const words = this.#stepped;
    // A loop, not set(subarray()): a subarray is an object, and this runs on every step.
    if (this.#dirty >= 0)
      for (let at = this.#dirty * stride, end = at + stride; at < end; at++)
        words[at] = this.#expanded[at]!;
    this.#dirty = touched;
    if (touched >= 0) {
      const at = touched * stride;
      if (touched < this.#proposers) this.#proposer.see(world.proposers[touched]!, this, words, at);
      else this.#acceptor.see(world.acceptors[touched - this.#proposers]!, this, words, at);
    }
    const interner = this.interner;
    const votes = world.ghost.votes;
    const voteProposals = this.#voteProposals;
    voteProposals.clear();
    for (let v = 0; v < votes.length; v++) voteProposals.add(interner.proposal(votes[v]!));
    if (this.#symmetry) this.#rankAcceptors(world);
    const rank = this.#rank;
    this.#a = 0x3c6ef372;
    this.#b = 0x6a09e667;
    this.#word(
      (used.crashes << 24) | (used.drops << 16) | (used.duplicates << 8) | used.partitions,
    );
    const proposer = this.#proposer;
    const renames = this.#renamed && proposer.hasSets;
    const renamed = this.#words;
    for (let k = 0; k < this.#proposers; k++) {
      if (renames) {
        proposer.rename(words, k * stride, rank, renamed);
        for (let w = 0; w < proposer.wordCount; w++) this.#word(renamed[w]!);
      } else for (let w = 0; w < proposer.wordCount; w++) this.#word(words[k * stride + w]!);
    }
    const acceptorWords = this.#acceptor.wordCount;
    for (let r = 0; r < this.#order.length; r++) {
      const at = this.#nodeAt(this.#order[r]!);
      for (let w = 0; w < acceptorWords; w++) this.#word(words[at + w]!);
    }
    const partition = world.partition;
    for (let g = 0; g < partition.length; g++) {
      const group = partition[g]!;
      this.#word(group.length);
      for (let k = 0; k < group.length; k++) this.#word(this.#nodeCode(group[k]!));
    }
    let votes1 = 0;
    let votes2 = 0;
    for (let v = 0; v < votes.length; v++) {
      const word = voteProposals.at(v) * 64 + this.mask(votes[v]!.acceptors);
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

  /** Where acceptor i's words start. */
  #nodeAt(i: number): number {
    return (this.#proposers + i) * this.#stride;
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
    if (!this.#renamed) return mask;
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
    const words = this.#stepped;
    const acceptorWords = this.#acceptor.wordCount;
    const proposer = this.#proposer;
    const stride = this.#stride;
    for (let i = 0; i < n; i++) {
      const at = this.#nodeAt(i);
      let s = 0x51ed270b;
      for (let w = 0; w < acceptorWords; w++) s = mix(s, words[at + w]!);
      for (let k = 0; k < this.#proposers; k++)
        s = mix(s, proposer.membership(words, k * stride, i));
      signature[i] = s;
    }
    const votes = world.ghost.votes;
    for (let v = 0; v < votes.length; v++) {
      const word = member(0x2f8b6a13, this.#voteProposals.at(v));
      const acceptors = votes[v]!.acceptors;
      for (let i = 0; i < n; i++)
        if ((acceptors & (1 << i)) !== 0) signature[i] = (signature[i]! + word) | 0;
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
    let renamed = false;
    for (let r = 0; r < n; r++) {
      this.#rank[order[r]!] = r;
      renamed ||= order[r] !== r;
    }
    this.#renamed = renamed;
  }
}
