import type { NodeId, Proposal, Value } from '../engine';
import { acceptorNames, indexOf } from '../engine';
import { worldAfter } from './seek';
import type { MessageRecord, Trace } from './types';

/** An acceptor in a quorum and the tick it joined it (sent its Accepted or its Promise). */
export interface QuorumMember {
  acceptor: NodeId;
  at: number;
}

/** A (ballot, value) a quorum of acceptors accepted, and the step after which it is chosen. */
export interface ChosenQuorum {
  ballot: number;
  value: Value;
  members: QuorumMember[];
  /** Whether the members are a majority of the acceptors (not so with `minority-quorum`). */
  majority: boolean;
  at: number;
  step: number;
}

/** A proposal (phase 2 of a ballot) and the promises that allowed it. */
export interface Proposed {
  proposer: NodeId;
  ballot: number;
  value: Value;
  /** The reported proposal it had to take its value from, and who reported it; null: its own. */
  adopted: (Proposal & { acceptor: NodeId }) | null;
  promises: (QuorumMember & { accepted: Proposal | null })[];
  at: number;
  step: number;
}

/** A ballot above the chosen one that reached phase 2, seen against the chosen quorum. */
export interface PromiseQuorum extends Proposed {
  /** Acceptors in both quorums: through them the ballot must hear of the chosen value. */
  shared: NodeId[];
}

/** The fact of the run that let two majorities choose different values. */
export type ConflictReason =
  /** The two quorums have no acceptor in common. */
  | { kind: 'disjoint' }
  /** A shared acceptor reported the chosen value, and the proposer proposed another. */
  | { kind: 'ignored'; acceptor: NodeId }
  /**
   * A shared acceptor restarted without its promise and vote between promising and voting:
   * it forgot its vote before it promised, or forgot its promise before it voted.
   */
  | { kind: 'forgot'; acceptor: NodeId; promisedFirst: boolean }
  /** A shared acceptor promised the higher ballot first and accepted the lower one after. */
  | { kind: 'accepted-after-promise'; acceptor: NodeId }
  /** Both values were chosen in one ballot: two proposers ran the same ballot. */
  | { kind: 'same-ballot' };

export interface Conflict {
  /** The two values chosen, lower ballot first. */
  low: ChosenQuorum;
  high: ChosenQuorum;
  /**
   * Which of the two was chosen first, as the engine reported it: `low` when a later ballot
   * chose another value, `high` when an earlier ballot chose another value after it.
   */
  first: 'low' | 'high';
  /** The step after which agreement is broken, and its tick. */
  step: number;
  at: number;
  /** The proposal of the higher ballot, which should have carried the lower one's value. */
  proposal: PromiseQuorum | null;
  reason: ConflictReason | null;
}

export interface QuorumStory {
  chosen: ChosenQuorum | null;
  later: PromiseQuorum[];
  conflict: Conflict | null;
}

/** Everything the story needs from a run, worked out once (it seeks the world at each proposal). */
interface QuorumFacts {
  chosen: ChosenQuorum[];
  proposals: Proposed[];
  /** Where agreement first broke, and the (ballot, value) the engine says was chosen first. */
  broken: { step: number; at: number; first: { ballot: number; value: Value } } | null;
  /** When each acceptor first sent Accepted for a (ballot, value), by `acceptor|ballot|value`. */
  firstAccepted: Map<string, number>;
  /** Every Promise, in the order sent, by `acceptor|proposer|ballot`. */
  promises: Map<string, MessageRecord[]>;
}

// A trace never changes, so its facts are worked out once, however many views ask and however
// often they mount again.
const FACTS = new WeakMap<Trace, QuorumFacts>();

function quorumFacts(trace: Trace): QuorumFacts {
  const cached = FACTS.get(trace);
  if (cached !== undefined) return cached;
  const facts: QuorumFacts = {
    chosen: [],
    proposals: [],
    broken: null,
    firstAccepted: new Map(),
    promises: new Map(),
  };
  // One pass over the messages instead of one per quorum member.
  for (const m of trace.messages) {
    if (m.type === 'Accepted') {
      const key = `${m.from}|${m.ballot}|${m.value}`;
      facts.firstAccepted.set(key, Math.min(facts.firstAccepted.get(key) ?? Infinity, m.sentAt));
    } else if (m.type === 'Promise') {
      const key = `${m.from}|${m.to}|${m.ballot}`;
      const list = facts.promises.get(key);
      if (list === undefined) facts.promises.set(key, [m]);
      else list.push(m);
    }
  }
  trace.steps.forEach(({ eventStart, eventEnd }, s) => {
    for (let e = eventStart; e < eventEnd; e++) {
      const event = trace.events[e]!;
      if (event.kind === 'chosen') {
        const { ballot, value, at } = event;
        const members = event.acceptors.map((acceptor) => ({
          acceptor,
          at: acceptedAt(facts, acceptor, ballot, value),
        }));
        const majority = members.length * 2 > trace.scenario.nodes.acceptors;
        facts.chosen.push({ ballot, value, members, majority, at, step: s + 1 });
      } else if (event.kind === 'propose') {
        facts.proposals.push(proposed(trace, facts, event, s + 1));
      } else if (event.kind === 'violation' && event.violation.facts.code === 'two-values-chosen') {
        const { ballot, value } = event.violation.facts.first;
        facts.broken ??= { step: s + 1, at: event.violation.at, first: { ballot, value } };
      }
    }
  });
  FACTS.set(trace, facts);
  return facts;
}

function proposed(
  trace: Trace,
  facts: QuorumFacts,
  event: Extract<Trace['events'][number], { kind: 'propose' }>,
  step: number,
): Proposed {
  // The engine's own count: the acceptors whose promises the proposer held when it proposed.
  const world = worldAfter(trace, step);
  const proposer = world.proposers[indexOf(event.node)]!;
  const promises = acceptorNames(world, proposer.promises).map((acceptor) => {
    const promise = promiseOf(facts, acceptor, event.node, event.ballot);
    return { acceptor, at: promise?.sentAt ?? event.at, accepted: promise?.accepted ?? null };
  });
  const { node, ballot, value, adopted, at } = event;
  return { proposer: node, ballot, value, adopted, promises, at, step };
}

/**
 * The quorums of a run after `step` steps: the value chosen in the lowest ballot, every higher
 * ballot's promise quorum and the acceptors it shares with the chosen one, and, once a second
 * value is chosen, the two quorums and what let them disagree. This is Paxos's safety argument
 * laid over the run: a higher ballot's promises come from a majority, which shares an acceptor
 * with the chosen majority, and that acceptor reports the chosen value.
 */
export function quorumStory(trace: Trace, step: number): QuorumStory {
  const facts = quorumFacts(trace);
  const chosen = facts.chosen.filter((c) => c.step <= step);
  if (chosen.length === 0) return { chosen: null, later: [], conflict: null };
  const first = chosen.reduce((low, c) => (c.ballot < low.ballot ? c : low));
  const proposals = facts.proposals.filter((p) => p.step <= step);
  const later = proposals.filter((p) => p.ballot > first.ballot).map((p) => against(p, first));
  const other = chosen.find((c) => c.value !== first.value);
  if (facts.broken === null || facts.broken.step > step || other === undefined)
    return { chosen: first, later, conflict: null };
  const [low, high] = other.ballot < first.ballot ? [other, first] : [first, other];
  const made = proposals.find((p) => p.ballot === high.ballot && p.value === high.value);
  const proposal = made === undefined ? null : against(made, low);
  const reason = reasonFor(trace, facts, low, high, proposal);
  const { step: brokenStep, at, first: engineFirst } = facts.broken;
  const lowFirst = low.ballot === engineFirst.ballot && low.value === engineFirst.value;
  const conflict: Conflict = {
    low,
    high,
    first: lowFirst ? 'low' : 'high',
    step: brokenStep,
    at,
    proposal,
    reason,
  };
  return { chosen: first, later, conflict };
}

function against(p: Proposed, chosen: ChosenQuorum): PromiseQuorum {
  const inChosen = new Set(chosen.members.map((m) => m.acceptor));
  return { ...p, shared: p.promises.map((m) => m.acceptor).filter((a) => inChosen.has(a)) };
}

function reasonFor(
  trace: Trace,
  facts: QuorumFacts,
  low: ChosenQuorum,
  high: ChosenQuorum,
  proposal: PromiseQuorum | null,
): ConflictReason | null {
  if (low.ballot === high.ballot) return { kind: 'same-ballot' };
  if (proposal === null) return null;
  if (proposal.shared.length === 0) return { kind: 'disjoint' };
  const told = proposal.promises.find(
    (m) =>
      proposal.shared.includes(m.acceptor) &&
      m.accepted?.value === low.value &&
      m.accepted.ballot >= low.ballot,
  );
  if (told !== undefined) return { kind: 'ignored', acceptor: told.acceptor };
  for (const member of proposal.promises) {
    if (!proposal.shared.includes(member.acceptor)) continue;
    const voted = acceptedAt(facts, member.acceptor, low.ballot, low.value);
    // Forgetting in between explains either order: it forgot the vote before it promised, or
    // the promise before it voted.
    const [from, to] = [Math.min(voted, member.at), Math.max(voted, member.at)];
    const forgot = trace.events.some(
      (e) =>
        e.kind === 'restart' &&
        e.node === member.acceptor &&
        e.forgot &&
        e.at >= from &&
        e.at <= to,
    );
    if (forgot)
      return { kind: 'forgot', acceptor: member.acceptor, promisedFirst: member.at < voted };
    if (member.at < voted) return { kind: 'accepted-after-promise', acceptor: member.acceptor };
  }
  return null;
}

/** When an acceptor first accepted (ballot, value): when it sent its first Accepted for it. */
function acceptedAt(facts: QuorumFacts, acceptor: NodeId, ballot: number, value: Value): number {
  return facts.firstAccepted.get(`${acceptor}|${ballot}|${value}`) ?? Number.POSITIVE_INFINITY;
}

/** The promise an acceptor sent a proposer for a ballot: the first delivered, the one counted. */
function promiseOf(
  facts: QuorumFacts,
  acceptor: NodeId,
  proposer: NodeId,
  ballot: number,
): MessageRecord | undefined {
  const promises = facts.promises.get(`${acceptor}|${proposer}|${ballot}`) ?? [];
  return promises.find((m) => m.fate === 'delivered') ?? promises[0];
}
