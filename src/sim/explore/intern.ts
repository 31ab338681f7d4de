import type {
  Message,
  MessageType,
  NodeId,
  Proposal,
  ProposerPhase,
  ProposerTimer,
  Value,
} from '../../engine';
import { indexOf, MESSAGE_TYPES, roleOf } from '../../engine';
import { finish, mix } from './hash';

/**
 * Numbers for everything a state is made of, and one shared, frozen object per number. The
 * search stores states as small integers (see codec.ts) and rebuilds worlds from these
 * objects; freezing them means an engine that ever mutated a proposal or a message in place
 * would throw in the tests instead of silently corrupting other states.
 */

/** Ids at or above this are messages the engine sent since the world was rebuilt. */
export const FRESH_ID = 1 << 30;

/** A proposer's phase as a number, and back. */
export const PHASES: readonly ProposerPhase[] = ['idle', 'prepare', 'accept', 'backoff', 'chosen'];
export const PHASE_INDEX = Object.fromEntries(PHASES.map((p, i) => [p, i])) as Record<
  ProposerPhase,
  number
>;

/** A proposer's highest reported proposal, and who reported it (the engine's shape). */
type Highest = Proposal & { acceptor: NodeId };

const TYPE_INDEX = Object.fromEntries(MESSAGE_TYPES.map((type, i) => [type, i])) as Record<
  MessageType,
  number
>;
/** Role numbers by the first character code of a node id, in ROLES order (C, P, A, L). */
const ROLE_INDEX: Record<number, number> = { 67: 0, 80: 1, 65: 2, 76: 3 };
/** The node code an acceptor's id is replaced with when a message is hashed without it. */
const ANY_ACCEPTOR = 2 * 16 + 15;

/** A node as role * 16 + its 0-based index. */
export function nodeNumber(id: NodeId): number {
  return ROLE_INDEX[id.charCodeAt(0)]! * 16 + indexOf(id);
}

/** The same, from 1, leaving 0 for no node. */
function nodeCode(id: NodeId): number {
  return nodeNumber(id) + 1;
}

/** `code` with one more digit `field` of radix `size` appended. */
function digit(code: number, field: number, size: number, m: Message): number {
  if (field >= size) throw new RangeError(`a ${m.type} field is past what a model can hold`);
  return code * size + field;
}

export class Interner {
  readonly values: Value[] = [];
  readonly proposals: Proposal[] = [];
  readonly highests: Highest[] = [];
  readonly requests: { client: NodeId; value: Value }[] = [];
  readonly timers: readonly (ProposerTimer | null)[] = [
    null,
    Object.freeze({ kind: 'timeout', at: 0 }),
    Object.freeze({ kind: 'retry', at: 0 }),
  ];
  /** One template per message content; its id is its content number. */
  readonly messages: Message[] = [];
  /** Per content: the acceptor at one end (its index, or -1) and its hash without that acceptor. */
  readonly acceptorOf: number[] = [];
  readonly base1: number[] = [];
  readonly base2: number[] = [];
  // Numbers by key, 0 for none yet, else 1 + the number: keys are small, so arrays do.
  readonly #byProposal = new Int32Array(256 * 16);
  readonly #byHighest = new Int32Array(256 * 16 * 8);
  readonly #byRequest = new Int32Array(64 * 16);
  readonly #byContent = new Map<number, number>();

  value(value: Value): number {
    // A model has a handful of values: a scan of them beats a map.
    const index = this.values.indexOf(value);
    if (index >= 0) return index;
    if (this.values.length === 15) throw new RangeError('a model has at most 15 distinct values');
    return this.values.push(value) - 1;
  }

  /** 0 for none, else 1 + the proposal's number (of a ballot and value, whatever else it holds). */
  proposal(p: Proposal | null): number {
    if (p === null) return 0;
    if (p.ballot > 254) throw new RangeError(`ballot ${p.ballot} is past what a model can hold`);
    const key = p.ballot * 16 + this.value(p.value);
    let n = this.#byProposal[key]!;
    if (n === 0) {
      n = this.proposals.push(Object.freeze({ ballot: p.ballot, value: p.value }));
      this.#byProposal[key] = n;
    }
    return n;
  }

  highest(h: Highest | null): number {
    if (h === null) return 0;
    const key = (h.ballot * 16 + this.value(h.value)) * 8 + indexOf(h.acceptor);
    let n = this.#byHighest[key]!;
    if (n === 0) {
      n = this.highests.push(Object.freeze({ ...h }));
      this.#byHighest[key] = n;
    }
    return n;
  }

  request(r: { client: NodeId; value: Value } | null): number {
    if (r === null) return 0;
    // Requests in a rebuilt world are the shared objects, and there are one or two of them.
    const index = this.requests.indexOf(r);
    if (index >= 0) return index + 1;
    const key = nodeCode(r.client) * 16 + this.value(r.value);
    let n = this.#byRequest[key]!;
    if (n === 0) {
      n = this.requests.push(Object.freeze({ client: r.client, value: r.value }));
      this.#byRequest[key] = n;
    }
    return n;
  }

  timer(t: ProposerTimer | null): number {
    return t === null ? 0 : t.kind === 'timeout' ? 1 : 2;
  }

  /**
   * The content number of a message in a world the codec built: every field a receiver reads,
   * not its id or times. Templates carry their number as their id; anything else is new.
   */
  content(m: Message): number {
    return m.id < FRESH_ID ? m.id : this.contentOf(m);
  }

  /** The content number of any message, wherever it came from. */
  contentOf(m: Message): number {
    const code = this.#code(m, nodeCode(m.from), nodeCode(m.to));
    let id = this.#byContent.get(code);
    if (id === undefined) id = this.#addContent(m, code);
    return id;
  }

  #code(m: Message, from: number, to: number): number {
    // Every message the engine sends since a rebuild passes here, so no arrays: the fields in
    // mixed radix, exact in a double (3 + 6 + 6 + 8 + 4 + 12 + 8 + 6 = 53 bits).
    const value = m.value === null ? 0 : this.value(m.value) + 1;
    const client = m.client === null ? 0 : nodeCode(m.client) + 1;
    let code = digit(0, TYPE_INDEX[m.type], 8, m);
    code = digit(code, from, 64, m);
    code = digit(code, to, 64, m);
    code = digit(code, (m.ballot ?? -1) + 1, 256, m);
    code = digit(code, value, 16, m);
    code = digit(code, this.proposal(m.accepted), 4096, m);
    code = digit(code, (m.promised ?? -1) + 1, 256, m);
    return digit(code, client, 64, m);
  }

  #addContent(m: Message, code: number): number {
    const id = this.messages.length;
    if (id >= FRESH_ID) throw new RangeError('too many distinct messages');
    const accepted = m.accepted === null ? null : this.proposals[this.proposal(m.accepted) - 1]!;
    this.messages.push(
      Object.freeze({
        ...m,
        id,
        accepted,
        sentAt: 0,
        deliverAt: 0,
        loss: null,
        copyOf: null,
      }),
    );
    const fromAcceptor = roleOf(m.from) === 'acceptor';
    const toAcceptor = roleOf(m.to) === 'acceptor';
    const acceptor = fromAcceptor ? m.from : toAcceptor ? m.to : null;
    this.acceptorOf.push(acceptor === null ? -1 : indexOf(acceptor));
    // The same content with its acceptor blanked, so a renaming of acceptors can be hashed.
    const blank = this.#code(
      m,
      fromAcceptor ? ANY_ACCEPTOR : nodeCode(m.from),
      toAcceptor ? ANY_ACCEPTOR : nodeCode(m.to),
    );
    const low = blank % 2 ** 26;
    const high = Math.floor(blank / 2 ** 26);
    this.base1.push(finish(mix(mix(0x2545f491, low), high)));
    this.base2.push(finish(mix(mix(0x68e31da4, high), low)));
    this.#byContent.set(code, id);
    return id;
  }
}
