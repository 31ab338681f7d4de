import type { NodeId, Proposal, Value } from '../engine';
import { acceptorNames, indexOf } from '../engine';
import type { AgreementFacts, ChosenQuorum, QuorumMember } from './agreement';
import { acceptedAt, agreementFacts, brokenAt, chosenAt, chosenThrough } from './agreement';
import { worldAfter } from './seek';
import type { MessageRecord, Trace } from './types';

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

/**
 * What the story needs beyond what was chosen and when agreement broke (agreement.ts), worked
 * out once: it seeks the world at each proposal, so only the quorum view asks for it.
 */
interface QuorumFacts {
  proposals: Proposed[];
  /** Every Promise, in the order sent, by `acceptor|proposer|ballot`. */
  promises: Map<string, MessageRecord[]>;
}

// A trace never changes, so its facts are worked out once, however many views ask and however
// often they mount again.
const FACTS = new WeakMap<Trace, QuorumFacts>();

function quorumFacts(trace: Trace): QuorumFacts {
  const cached = FACTS.get(trace);
  if (cached !== undefined) return cached;
  const facts: QuorumFacts = { proposals: [], promises: new Map() };
  // One pass over the messages instead of one per promise.
  for (const m of trace.messages) {
    if (m.type !== 'Promise') continue;
    const key = `${m.from}|${m.to}|${m.ballot}`;
    const list = facts.promises.get(key);
    if (list === undefined) facts.promises.set(key, [m]);
    else list.push(m);
  }
  trace.steps.forEach(({ eventStart, eventEnd }, s) => {
    for (let e = eventStart; e < eventEnd; e++) {
      const event = trace.events[e]!;
      if (event.kind === 'propose') facts.proposals.push(proposed(trace, facts, event, s + 1));
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
  const first = chosenAt(trace, step);
  if (first === null) return { chosen: null, later: [], conflict: null };
  const proposals = quorumFacts(trace).proposals.filter((p) => p.step <= step);
  const later = proposals.filter((p) => p.ballot > first.ballot).map((p) => against(p, first));
  const broken = brokenAt(trace, step);
  const other = chosenThrough(trace, step).find((c) => c.value !== first.value);
  if (broken === null || other === undefined) return { chosen: first, later, conflict: null };
  const [low, high] = other.ballot < first.ballot ? [other, first] : [first, other];
  const made = proposals.find((p) => p.ballot === high.ballot && p.value === high.value);
  const proposal = made === undefined ? null : against(made, low);
  const reason = reasonFor(trace, agreementFacts(trace), low, high, proposal);
  const { first: engineFirst, ...where } = broken;
  const lowFirst = low.ballot === engineFirst.ballot && low.value === engineFirst.value;
  const conflict: Conflict = {
    low,
    high,
    first: lowFirst ? 'low' : 'high',
    ...where,
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
  facts: AgreementFacts,
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
