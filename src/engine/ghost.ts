import type { Proposal, Value } from './messages';

/**
 * History variables for checking safety, kept beside the protocol state and never read by it.
 * A value is chosen once a quorum of acceptors has accepted it in one ballot, even if some of
 * them later accept something else, so the ghost remembers every vote ever cast.
 */
export interface Vote {
  ballot: number;
  value: Value;
  /** Acceptors (bitmask) that have ever accepted this (ballot, value). */
  acceptors: number;
  chosen: boolean;
}

export interface Chosen {
  readonly value: Value;
  readonly ballot: number;
  readonly at: number;
  /** The quorum (bitmask of acceptor indices) whose votes made it chosen. */
  readonly acceptors: number;
}

export interface Ghost {
  votes: Vote[];
  /** Every (ballot, value) that reached a quorum, in the order it did. */
  chosen: Chosen[];
  /** Per acceptor and learner, what the last check saw, to notice what a step changed. */
  lastPromised: number[];
  lastAccepted: (Proposal | null)[];
  lastLearned: (Proposal | null)[];
}

export function newGhost(acceptors: number, learners: number): Ghost {
  return {
    votes: [],
    chosen: [],
    lastPromised: new Array<number>(acceptors).fill(0),
    lastAccepted: new Array<Proposal | null>(acceptors).fill(null),
    lastLearned: new Array<Proposal | null>(learners).fill(null),
  };
}
