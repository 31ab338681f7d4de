import type { WorldConfig } from '../engine';
import { quorumsOverlap } from '../engine';
import type { Notice } from './notice';

/**
 * A run whose flexible quorums do not overlap (q1 + q2 ≤ N, Howard, Malkhi and Spiegelman 2016)
 * is a valid file, but nothing it shows is safe: the screen must say so before any step does.
 * Both protocols take `quorums`, so both get the notice. Null for quorums that overlap.
 */
export function quorumNotice(config: WorldConfig): Notice | null {
  const quorums = config.quorums;
  if (quorums === undefined) return null;
  const acceptors = config.nodes.acceptors;
  if (quorumsOverlap(quorums, acceptors)) return null;
  return {
    key: 'notice.unsafeQuorums',
    params: { phase1: quorums.phase1, phase2: quorums.phase2, acceptors },
  };
}
