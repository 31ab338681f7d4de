import type { NodeId, Value } from '../engine';
import type { Trace } from './types';

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

/**
 * The step after which agreement is broken (a second value is chosen), its tick, and the
 * (ballot, value) the engine saw chosen first: an earlier ballot can be chosen second.
 */
export interface Broken {
  step: number;
  at: number;
  first: { ballot: number; value: Value };
}

/**
 * What the engine said about agreement in a run, read once from its events: every (ballot,
 * value) its ghost saw chosen, and the first Agreement violation. Every screen that asks "what
 * was chosen" or "was agreement broken" asks these, so none can answer differently.
 */
export interface AgreementFacts {
  /** In the order chosen. */
  chosen: ChosenQuorum[];
  broken: Broken | null;
  /** When each acceptor first sent Accepted for a (ballot, value), by `acceptor|ballot|value`. */
  firstAccepted: Map<string, number>;
}

// A trace never changes, so its facts are worked out once, however often a selector asks.
const FACTS = new WeakMap<Trace, AgreementFacts>();

export function agreementFacts(trace: Trace): AgreementFacts {
  const cached = FACTS.get(trace);
  if (cached !== undefined) return cached;
  const facts: AgreementFacts = { chosen: [], broken: null, firstAccepted: new Map() };
  const chosen: { event: ChosenEvent; step: number }[] = [];
  trace.steps.forEach(({ eventStart, eventEnd }, s) => {
    for (let e = eventStart; e < eventEnd; e++) {
      const event = trace.events[e]!;
      if (event.kind === 'chosen') chosen.push({ event, step: s + 1 });
      else if (event.kind === 'violation' && event.violation.facts.code === 'two-values-chosen') {
        const { ballot, value } = event.violation.facts.first;
        facts.broken ??= { step: s + 1, at: event.violation.at, first: { ballot, value } };
      }
    }
  });
  // One pass over the messages instead of one per quorum member, and none in a run that
  // chooses nothing.
  if (chosen.length > 0)
    for (const m of trace.messages) {
      if (m.type !== 'Accepted') continue;
      const key = `${m.from}|${m.ballot}|${m.value}`;
      facts.firstAccepted.set(key, Math.min(facts.firstAccepted.get(key) ?? Infinity, m.sentAt));
    }
  for (const { event, step } of chosen) {
    const { ballot, value, at } = event;
    const members = event.acceptors.map((acceptor) => ({
      acceptor,
      at: acceptedAt(facts, acceptor, ballot, value),
    }));
    const majority = members.length * 2 > trace.scenario.nodes.acceptors;
    facts.chosen.push({ ballot, value, members, majority, at, step });
  }
  FACTS.set(trace, facts);
  return facts;
}

type ChosenEvent = Extract<Trace['events'][number], { kind: 'chosen' }>;

/** Every (ballot, value) chosen in the first `step` steps, in the order chosen. */
export function chosenThrough(trace: Trace, step: number): ChosenQuorum[] {
  return agreementFacts(trace).chosen.filter((c) => c.step <= step);
}

/**
 * The value chosen after the first `step` steps, with the quorum that chose it, or null while
 * none is. Paxos chooses one value; when a broken rule lets it choose two, this is the one of
 * the lowest ballot, the one every later ballot should have carried.
 */
export function chosenAt(trace: Trace, step: number): ChosenQuorum | null {
  let first: ChosenQuorum | null = null;
  for (const c of agreementFacts(trace).chosen)
    if (c.step <= step && (first === null || c.ballot < first.ballot)) first = c;
  return first;
}

/** Where agreement broke, if it had by step `step` (the whole run: `trace.steps.length`). */
export function brokenAt(trace: Trace, step: number): Broken | null {
  const { broken } = agreementFacts(trace);
  return broken !== null && broken.step <= step ? broken : null;
}

/** When an acceptor first accepted (ballot, value): when it sent its first Accepted for it. */
export function acceptedAt(
  facts: AgreementFacts,
  acceptor: NodeId,
  ballot: number,
  value: Value,
): number {
  return facts.firstAccepted.get(`${acceptor}|${ballot}|${value}`) ?? Number.POSITIVE_INFINITY;
}
