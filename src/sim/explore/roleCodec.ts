import type { AcceptorState, FieldKind, Fields, ProposerState, World } from '../../engine';
import { ACCEPTOR, nextBallot as engineNextBallot, PROPOSER } from '../../engine';
import type { Interner } from './intern';
import { PHASE_INDEX as PHASE_NUMBER, PHASES as PHASE_LIST } from './intern';
import type { IntList } from './intlist';

/**
 * How the search stores and fingerprints a node, read off the role's field table (see
 * engine/fields.ts): each kind of field says how it becomes integers and back, and what the
 * fingerprint sees of it.
 */

// Local names for imports called on every step: a module binding can be a getter under some
// loaders (tsx), a local constant never is.
const nextBallot = engineNextBallot;
const PHASE_INDEX = PHASE_NUMBER;
const PHASES = PHASE_LIST;

/** What the fingerprint knows while it looks at a node. */
export interface Sight {
  readonly world: World;
  readonly interner: Interner;
}

/** A searched node as the codecs see it: its fields by name, and its index in its role. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind knows its field's type
type Row = Record<string, any> & { index: number };

/** One field's part of a role's encoding and fingerprint, its name and offset bound. */
interface FieldCodec {
  /** Appends the field's integers to `out`. */
  encode(node: Row, interner: Interner, out: IntList): void;
  /** Sets the field from the node's encoding, which starts at `at`. */
  decode(node: Row, data: Int32Array, at: number, interner: Interner): void;
  /**
   * The number the fingerprint sees: equal for values that make no difference to the future.
   * Acceptor sets are seen as they are; the fingerprint renames them (see `rename`).
   */
  see(node: Row, sight: Sight): number;
  /** How many bits `see` takes in a fingerprint word: enough for any value a model holds. */
  readonly bits: number;
}

/**
 * A kind's field codec for the field `name`, whose integers are at `offset` in the node's
 * encoding. Each kind writes its own closures, so that each property read or write in them
 * sees the names of one kind's fields only: one shared closure reading any field by name made
 * the search a fifth slower (the read goes megamorphic).
 */
type KindCodec = (name: string, offset: number) => FieldCodec;

/** The bits an acceptor set takes in a fingerprint word (a model has at most 16 acceptors). */
const SET_BITS = 16;
const SET_MASK = (1 << SET_BITS) - 1;

/** The object numbered `n` (1-based), or null for 0. */
export function nth<T>(list: readonly T[], n: number): T | null {
  return n === 0 ? null : list[n - 1]!;
}

function valueNumber(interner: Interner, value: string | null): number {
  return value === null ? 0 : interner.value(value) + 1;
}

/**
 * Kinds a searched role (proposers and acceptors) may hold, each one integer in an encoding.
 * Clients are the same in every state of a model and learners are left out, so their kinds
 * have no codec (null).
 */
const KINDS: { [K in FieldKind]: KindCodec | null } = {
  flag: (name, offset) => ({
    encode: (node, _, out) => out.add(+node[name]),
    decode: (node, data, at) => void (node[name] = data[at + offset] === 1),
    see: (node) => +node[name],
    bits: 1,
  }),
  ballot: (name, offset) => ({
    encode: (node, _, out) => out.add(node[name]),
    decode: (node, data, at) => void (node[name] = data[at + offset]!),
    see: (node) => node[name],
    bits: 9,
  }),
  // The highest ballot seen counts only through the next ballot it lets the proposer start.
  seen: (name, offset) => ({
    encode: (node, _, out) => out.add(node[name]),
    decode: (node, data, at) => void (node[name] = data[at + offset]!),
    see: (node, { world }) =>
      nextBallot(node.index, world.proposers.length, node[name], world.rules.sharedBallots),
    bits: 9,
  }),
  phase: (name, offset) => ({
    encode: (node, _, out) => out.add(PHASE_INDEX[node[name] as keyof typeof PHASE_INDEX]),
    decode: (node, data, at) => void (node[name] = PHASES[data[at + offset]!]!),
    see: (node) => PHASE_INDEX[node[name] as keyof typeof PHASE_INDEX],
    bits: 3,
  }),
  acceptors: (name, offset) => ({
    encode: (node, _, out) => out.add(node[name]),
    decode: (node, data, at) => void (node[name] = data[at + offset]!),
    see: (node) => node[name],
    bits: SET_BITS,
  }),
  value: (name, offset) => ({
    encode: (node, interner, out) => out.add(valueNumber(interner, node[name])),
    decode: (node, data, at, interner) =>
      void (node[name] = nth(interner.values, data[at + offset]!)),
    see: (node, { interner }) => valueNumber(interner, node[name]),
    bits: 4,
  }),
  proposal: (name, offset) => ({
    encode: (node, interner, out) => out.add(interner.proposal(node[name])),
    decode: (node, data, at, interner) =>
      void (node[name] = nth(interner.proposals, data[at + offset]!)),
    see: (node, { interner }) => interner.proposal(node[name]),
    bits: 13,
  }),
  // Who reported the highest proposal is kept (events name it) but changes no future step.
  reported: (name, offset) => ({
    encode: (node, interner, out) => out.add(interner.highest(node[name])),
    decode: (node, data, at, interner) =>
      void (node[name] = nth(interner.highests, data[at + offset]!)),
    see: (node, { interner }) => interner.proposal(node[name]),
    bits: 13,
  }),
  request: (name, offset) => ({
    encode: (node, interner, out) => out.add(interner.request(node[name])),
    decode: (node, data, at, interner) =>
      void (node[name] = nth(interner.requests, data[at + offset]!)),
    see: (node, { interner }) => interner.request(node[name]),
    bits: 11,
  }),
  timer: (name, offset) => ({
    encode: (node, interner, out) => out.add(interner.timer(node[name])),
    decode: (node, data, at, interner) => void (node[name] = interner.timers[data[at + offset]!]!),
    see: (node, { interner }) => interner.timer(node[name]),
    bits: 2,
  }),
  clients: null,
  tallies: null,
  requests: null,
  responses: null,
  // Multi-Paxos's kinds: the explorer searches Basic Paxos only.
  count: null,
  node: null,
  leaderPhase: null,
  leaderTimer: null,
  entries: null,
  commands: null,
  reports: null,
  slotProposals: null,
  slotTallies: null,
  applied: null,
  store: null,
  outstanding: null,
  seqRequests: null,
  seqResponses: null,
};

/**
 * A searched role's encoding and fingerprint, from its field table: each field's codec is bound
 * to its name and offset once, when the role's codec is made, and every step runs through them
 * in table order.
 */
export class RoleCodec<S extends object> {
  /** Integers one node takes in an encoding. */
  readonly ints: number;
  /** How many words `see` writes. */
  readonly wordCount: number;
  readonly #fields: readonly FieldCodec[];
  /** The fingerprint's words in order, each the fields packed into it (at most 32 bits). */
  readonly #words: readonly (readonly FieldCodec[])[];
  /** Where each of the node's acceptor sets is in its words, in table order: word, lowest bit. */
  readonly #setWord: Int32Array;
  readonly #setShift: Int32Array;

  constructor(fields: Fields<S>) {
    const { table } = fields;
    const names = Object.keys(table);
    this.#fields = names.map((name, offset) => {
      const kind = KINDS[table[name]!.kind];
      if (kind === null) throw new Error(`the search cannot store a ${table[name]!.kind} field`);
      return kind(name, offset);
    });
    this.ints = names.length;
    const words: FieldCodec[][] = [];
    // Each field's word and, once its word is full, its lowest bit (the first field is highest).
    const wordOf: number[] = [];
    let bits = 32;
    for (const field of this.#fields) {
      if (bits + field.bits > 32) {
        words.push([]);
        bits = 0;
      }
      words.at(-1)!.push(field);
      wordOf.push(words.length - 1);
      bits += field.bits;
    }
    const shiftOf = this.#fields.map((_, f) =>
      this.#fields
        .slice(f + 1)
        .filter((_, g) => wordOf[f + 1 + g] === wordOf[f])
        .reduce((shift, later) => shift + later.bits, 0),
    );
    this.#words = words;
    this.wordCount = words.length;
    const sets = names.flatMap((name, f) => (table[name]!.kind === 'acceptors' ? [f] : []));
    this.#setWord = Int32Array.from(sets, (f) => wordOf[f]!);
    this.#setShift = Int32Array.from(sets, (f) => shiftOf[f]!);
  }

  /** Whether the node holds acceptor sets, which a renaming of acceptors changes. */
  get hasSets(): boolean {
    return this.#setWord.length > 0;
  }

  /** Appends `node` to `out`. */
  encode(node: S, interner: Interner, out: IntList): void {
    const fields = this.#fields;
    for (let f = 0; f < fields.length; f++) fields[f]!.encode(node as Row, interner, out);
  }

  /** Overwrites `node` with the state encoded at `at`. */
  decode(node: S, data: Int32Array, at: number, interner: Interner): void {
    const fields = this.#fields;
    for (let f = 0; f < fields.length; f++) fields[f]!.decode(node as Row, data, at, interner);
  }

  /** Writes the fingerprint's words for `node` into `out`, from `at`. */
  see(node: S, sight: Sight, out: Int32Array, at: number): void {
    const words = this.#words;
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      let packed = 0;
      for (let f = 0; f < word.length; f++)
        packed = (packed << word[f]!.bits) | word[f]!.see(node as Row, sight);
      out[at + w] = packed;
    }
  }

  /**
   * Copies the words `see` wrote at `at` to `out` from 0, each acceptor set in them renamed by
   * `rank` (acceptor i becomes rank[i]).
   */
  rename(words: Int32Array, at: number, rank: Int32Array, out: Int32Array): void {
    for (let w = 0; w < this.wordCount; w++) out[w] = words[at + w]!;
    for (let k = 0; k < this.#setWord.length; k++) {
      const w = this.#setWord[k]!;
      const shift = this.#setShift[k]!;
      const set = (out[w]! >>> shift) & SET_MASK;
      let renamed = 0;
      for (let i = 0; i < rank.length; i++) if ((set & (1 << i)) !== 0) renamed |= 1 << rank[i]!;
      out[w] = (out[w]! & ~(SET_MASK << shift)) | (renamed << shift);
    }
  }

  /** Which of the node's acceptor sets acceptor `i` is in, one bit a set, from its words at `at`. */
  membership(words: Int32Array, at: number, i: number): number {
    let bits = 0;
    for (let k = 0; k < this.#setWord.length; k++)
      bits |= ((words[at + this.#setWord[k]!]! >>> (this.#setShift[k]! + i)) & 1) << k;
    return bits;
  }
}

export const PROPOSER_CODEC = new RoleCodec<ProposerState>(PROPOSER);
export const ACCEPTOR_CODEC = new RoleCodec<AcceptorState>(ACCEPTOR);
