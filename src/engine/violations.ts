import type { NodeId } from './ids';
import { nodeSet } from './ids';
import type { Value } from './messages';

export type Invariant =
  | 'Agreement'
  | 'Validity'
  | 'LearnerConsistency'
  | 'PromiseMonotonicity'
  | 'AcceptedWithinPromise'
  | 'ReplicaConsistency'
  | 'AppliedOnce'
  | 'SlotOrder'
  | 'NoHoles';

/** A value accepted by a quorum in one ballot, and that quorum. */
export interface ChosenFact {
  value: Value;
  ballot: number;
  acceptors: NodeId[];
}

/**
 * What exactly went wrong, as data: the UI explains it in any language and highlights the
 * nodes, values and quorums involved; `describe` gives the English sentence for the CLI.
 */
export type ViolationFacts =
  | { code: 'two-values-chosen'; first: ChosenFact; second: ChosenFact }
  | { code: 'unrequested-value'; value: Value; ballot: number }
  | { code: 'learned-value-changed'; learner: NodeId; before: Value; after: Value | null }
  | { code: 'learned-unchosen-value'; learner: NodeId; value: Value; ballot: number }
  | { code: 'learners-disagree'; learner: NodeId; value: Value; other: NodeId; otherValue: Value }
  | { code: 'promise-fell'; acceptor: NodeId; before: number; after: number }
  | { code: 'accepted-above-promise'; acceptor: NodeId; ballot: number; promised: number }
  /** Multi-Paxos's facts: each names the slot it is about. */
  | { code: 'two-values-in-slot'; slot: number; first: ChosenFact; second: ChosenFact }
  | { code: 'unrequested-command'; slot: number; value: Value; ballot: number }
  | {
      code: 'slot-accepted-above-promise';
      acceptor: NodeId;
      slot: number;
      ballot: number;
      promised: number;
    }
  | {
      code: 'replicas-diverge';
      replica: NodeId;
      other: NodeId;
      position: number;
      value: Value;
      otherValue: Value;
    }
  | {
      code: 'applied-twice';
      replica: NodeId;
      client: NodeId;
      seq: number;
      earlierSlot: number;
      slot: number;
    }
  | { code: 'applied-out-of-order'; replica: NodeId; slot: number; expected: number }
  | { code: 'hole-left'; leader: NodeId; ballot: number; slot: number };

export interface Violation {
  invariant: Invariant;
  at: number;
  detail: string;
  facts: ViolationFacts;
}

const INVARIANT_OF: Record<ViolationFacts['code'], Invariant> = {
  'two-values-chosen': 'Agreement',
  'unrequested-value': 'Validity',
  'learned-value-changed': 'LearnerConsistency',
  'learned-unchosen-value': 'LearnerConsistency',
  'learners-disagree': 'LearnerConsistency',
  'promise-fell': 'PromiseMonotonicity',
  'accepted-above-promise': 'AcceptedWithinPromise',
  'two-values-in-slot': 'Agreement',
  'unrequested-command': 'Validity',
  'slot-accepted-above-promise': 'AcceptedWithinPromise',
  'replicas-diverge': 'ReplicaConsistency',
  'applied-twice': 'AppliedOnce',
  'applied-out-of-order': 'SlotOrder',
  'hole-left': 'NoHoles',
};

export function violation(facts: ViolationFacts, at: number): Violation {
  return { invariant: INVARIANT_OF[facts.code], at, detail: describe(facts), facts };
}

const q = (value: Value): string => JSON.stringify(value);

/** The violation in one English sentence. */
export function describe(facts: ViolationFacts): string {
  switch (facts.code) {
    case 'two-values-chosen': {
      const { first, second } = facts;
      return `${q(first.value)} was chosen in ballot ${first.ballot} by ${nodeSet(first.acceptors)} and ${q(second.value)} in ballot ${second.ballot} by ${nodeSet(second.acceptors)}.`;
    }
    case 'unrequested-value':
      return `${q(facts.value)} was chosen but no client requested it.`;
    case 'learned-value-changed':
      return `${facts.learner} changed its learned value from ${q(facts.before)} to ${facts.after === null ? 'nothing' : q(facts.after)}.`;
    case 'learned-unchosen-value':
      return `${facts.learner} learned ${q(facts.value)}, which no quorum of acceptors accepted in ballot ${facts.ballot}.`;
    case 'learners-disagree':
      return `${facts.learner} learned ${q(facts.value)} but ${facts.other} learned ${q(facts.otherValue)}.`;
    case 'promise-fell':
      return `${facts.acceptor}'s promise fell from ballot ${facts.before} to ${facts.after || 'none'}.`;
    case 'accepted-above-promise':
      return `${facts.acceptor} accepted ballot ${facts.ballot} but has promised only ${facts.promised}.`;
    case 'two-values-in-slot': {
      const { slot, first, second } = facts;
      return `In slot ${slot}, ${q(first.value)} was chosen in ballot ${first.ballot} by ${nodeSet(first.acceptors)} and ${q(second.value)} in ballot ${second.ballot} by ${nodeSet(second.acceptors)}.`;
    }
    case 'unrequested-command':
      return `${q(facts.value)} was chosen in slot ${facts.slot} but no client requested it.`;
    case 'slot-accepted-above-promise':
      return `${facts.acceptor} accepted ballot ${facts.ballot} in slot ${facts.slot} but has promised only ${facts.promised}.`;
    case 'replicas-diverge':
      return `${facts.replica} applied ${q(facts.value)} as its command ${facts.position} but ${facts.other} applied ${q(facts.otherValue)} there.`;
    case 'applied-twice':
      return `${facts.replica} applied request ${facts.seq} of ${facts.client} twice, in slots ${facts.earlierSlot} and ${facts.slot}.`;
    case 'applied-out-of-order':
      return `${facts.replica} applied slot ${facts.slot} before slot ${facts.expected}.`;
    case 'hole-left':
      return `${facts.leader} leads ballot ${facts.ballot} but proposes nothing in slot ${facts.slot}, so no replica can apply past it.`;
  }
}
