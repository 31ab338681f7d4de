import type { ProposerState } from './nodes';
import type { World } from './world';

/**
 * Ballots are positive integers. Proposer i (0-based) of k owns the ballots i+1, i+1+k, i+1+2k…,
 * so two proposers never share one and P1's first ballot is 1, as in the classic diagram.
 * Under the `shared-ballots` rule break every proposer simply takes the next integer, which lets
 * two proposers run the same ballot.
 */
export function nextBallot(
  proposerIndex: number,
  proposerCount: number,
  above: number,
  shared: boolean,
): number {
  if (shared) return above + 1;
  const first = proposerIndex + 1;
  if (above < first) return first;
  const rounds = Math.floor((above - first) / proposerCount) + 1;
  return first + rounds * proposerCount;
}

/** The ballot a proposer would start next: the first it owns above every ballot it has seen. */
export function nextBallotOf(world: World, proposer: ProposerState): number {
  return nextBallot(
    proposer.index,
    world.proposers.length,
    proposer.maxBallot,
    world.rules.sharedBallots,
  );
}

/** Counts the acceptors in a bitmask of acceptor indices. */
export function countBits(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
