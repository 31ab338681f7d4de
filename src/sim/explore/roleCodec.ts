import type {
  AcceptorState,
  FieldKind,
  FieldKinds,
  Fields,
  ProposerState,
  World,
} from '../../engine';
import { ACCEPTOR, nextBallot as engineNextBallot, PROPOSER } from '../../engine';
import type { Interner } from './intern';
import { PHASE_INDEX as PHASE_NUMBER, PHASES as PHASE_LIST } from './intern';
import type { IntList } from './intlist';

/**
 * How the search stores and fingerprints a node, read off the role's field table (see
 * engine/fields.ts): each kind of field says how it becomes integers and back, and what the
 * fingerprint sees of it. The per-role functions are put together once, when a codec is made.
 */

// Local names for imports the compiled functions call on every step: a module binding can be a
// getter under some loaders (tsx), a local constant never is.
const nextBallot = engineNextBallot;
const PHASE_INDEX = PHASE_NUMBER;
const PHASES = PHASE_LIST;

/** What the fingerprint knows while it looks at a node. */
export interface Sight {
  readonly world: World;
  readonly interner: Interner;
  /** An acceptor set with each acceptor renamed to its rank (see fingerprint.ts). */
  mask(mask: number): number;
}

interface KindCodec<K extends FieldKind> {
  /** How many integers a field of this kind takes in an encoding. */
  readonly ints: number;
  encode(value: FieldKinds[K], interner: Interner, out: IntList): void;
  decode(data: Int32Array, at: number, interner: Interner): FieldKinds[K];
  /** How many bits the field takes in a fingerprint word: enough for any value a model holds. */
  readonly bits: number;
  /** The number the fingerprint sees: equal for values that make no difference to the future. */
  see(value: FieldKinds[K], sight: Sight, node: { index: number }): number;
}

/** The object numbered `n` (1-based), or null for 0. */
export function nth<T>(list: readonly T[], n: number): T | null {
  return n === 0 ? null : list[n - 1]!;
}

function valueNumber(interner: Interner, value: string | null): number {
  return value === null ? 0 : interner.value(value) + 1;
}

function integer<K extends 'ballot' | 'acceptors'>(bits: number, see: KindCodec<K>['see']) {
  return {
    ints: 1,
    encode: (value: number, _: Interner, out: IntList) => out.add(value),
    decode: (data: Int32Array, at: number) => data[at]!,
    bits,
    see,
  };
}

/**
 * Kinds a searched role (proposers and acceptors) may hold. Clients are the same in every state
 * of a model and learners are left out, so their kinds have no codec (null).
 */
const KINDS: { [K in FieldKind]: KindCodec<K> | null } = {
  flag: {
    ints: 1,
    encode: (value, _, out) => out.add(+value),
    decode: (data, at) => data[at] === 1,
    bits: 1,
    see: (value) => +value,
  },
  ballot: integer(9, (value) => value),
  // The highest ballot seen counts only through the next ballot it lets the proposer start.
  seen: integer(9, (value, { world }, node) =>
    nextBallot(node.index, world.proposers.length, value, world.rules.sharedBallots),
  ),
  phase: {
    ints: 1,
    encode: (value, _, out) => out.add(PHASE_INDEX[value]),
    decode: (data, at) => PHASES[data[at]!]!,
    bits: 3,
    see: (value) => PHASE_INDEX[value],
  },
  acceptors: integer(16, (value, sight) => sight.mask(value)),
  value: {
    ints: 1,
    encode: (value, interner, out) => out.add(valueNumber(interner, value)),
    decode: (data, at, interner) => nth(interner.values, data[at]!),
    bits: 4,
    see: (value, { interner }) => valueNumber(interner, value),
  },
  proposal: {
    ints: 1,
    encode: (value, interner, out) => out.add(interner.proposal(value)),
    decode: (data, at, interner) => nth(interner.proposals, data[at]!),
    bits: 13,
    see: (value, { interner }) => interner.proposal(value),
  },
  // Who reported the highest proposal is kept (events name it) but changes no future step.
  reported: {
    ints: 1,
    encode: (value, interner, out) => out.add(interner.highest(value)),
    decode: (data, at, interner) => nth(interner.highests, data[at]!),
    bits: 13,
    see: (value, { interner }) => interner.proposal(value),
  },
  request: {
    ints: 1,
    encode: (value, interner, out) => out.add(interner.request(value)),
    decode: (data, at, interner) => nth(interner.requests, data[at]!),
    bits: 11,
    see: (value, { interner }) => interner.request(value),
  },
  timer: {
    ints: 1,
    encode: (value, interner, out) => out.add(interner.timer(value)),
    decode: (data, at, interner) => interner.timers[data[at]!]!,
    bits: 2,
    see: (value, { interner }) => interner.timer(value),
  },
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

type AnyCodec = KindCodec<FieldKind>;

/**
 * A searched role's encoding and fingerprint, from its field table. They run for every step a
 * search tries, so they are compiled once from the table into plain functions that name each
 * field (a loop over the fields, with a property name and a codec looked up per field, made the
 * search almost half as fast).
 */
export class RoleCodec<S extends object> {
  /** Integers one node takes in an encoding. */
  readonly ints: number;
  /** How many words `see` writes. */
  readonly wordCount: number;
  /** Appends `node` to `out`. */
  readonly encode: (node: S, interner: Interner, out: IntList) => void;
  /** Overwrites `node` with the state encoded at `at`. */
  readonly decode: (node: S, data: Int32Array, at: number, interner: Interner) => void;
  /** Writes the fingerprint's words for `node` into `out`, from 0. */
  readonly see: (node: S, sight: Sight, out: Int32Array) => void;
  /** Which of the node's acceptor sets (promises, accepts…) acceptor `i` is in, one bit a set. */
  readonly membership: (node: S, i: number) => number;

  constructor(fields: Fields<S>) {
    const { table } = fields;
    const names = Object.keys(table);
    for (const name of names)
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`a field named ${name}`);
    const codecs = names.map((name) => {
      const codec = KINDS[table[name]!.kind] as AnyCodec | null;
      if (codec === null) throw new Error(`the search cannot store a ${table[name]!.kind} field`);
      return codec;
    });
    this.ints = codecs.reduce((sum, codec) => sum + codec.ints, 0);
    // Fields go into fingerprint words of at most 32 bits, in table order.
    const words: number[][] = [];
    let bits = 32;
    codecs.forEach((codec, i) => {
      if (bits + codec.bits > 32) {
        words.push([]);
        bits = 0;
      }
      words.at(-1)!.push(i);
      bits += codec.bits;
    });
    this.wordCount = words.length;
    let at = 0;
    const decodes = names.map((name, i) => {
      const line = `node.${name} = decode${i}(data, at + ${at}, interner);`;
      at += codecs[i]!.ints;
      return line;
    });
    const seeWord = (word: number[]) =>
      word.reduce(
        (code, i) => `((${code}) << ${codecs[i]!.bits}) | see${i}(node.${names[i]}, sight, node)`,
        '0',
      );
    const sets = names.filter((name) => table[name]!.kind === 'acceptors');
    // Field names are identifiers (checked above); each field's functions are passed in as a
    // variable of their own, so that every call in the compiled code has one callee to inline.
    const part = (what: 'encode' | 'decode' | 'see') => codecs.map((codec) => codec[what]);
    const parts = [part('encode'), part('decode'), part('see')];
    const params = ['encode', 'decode', 'see'].flatMap((what) => names.map((_, i) => what + i));
    const compile = (args: string, body: string[]) =>
      new Function(...params, `return function (${args}) {\n${body.join('\n')}\n};`)(
        ...parts.flat(),
      );
    this.encode = compile(
      'node, interner, out',
      names.map((name, i) => `encode${i}(node.${name}, interner, out);`),
    );
    this.decode = compile('node, data, at, interner', decodes);
    this.see = compile(
      'node, sight, out',
      words.map((word, w) => `out[${w}] = ${seeWord(word)};`),
    );
    this.membership = compile('node, i', [
      `return ${sets.map((name, k) => `(((node.${name} >> i) & 1) << ${k})`).join(' | ') || '0'};`,
    ]);
  }
}

export const PROPOSER_CODEC = new RoleCodec<ProposerState>(PROPOSER);
export const ACCEPTOR_CODEC = new RoleCodec<AcceptorState>(ACCEPTOR);
