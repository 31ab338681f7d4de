import type { NodeId } from './ids';
import { nodeSet } from './ids';
import type { Value } from './messages';

export type Invariant =
  'Agreement' | 'Validity' | 'LearnerConsistency' | 'PromiseMonotonicity' | 'AcceptedWithinPromise';

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
  | { code: 'accepted-above-promise'; acceptor: NodeId; ballot: number; promised: number };

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
  }
}
