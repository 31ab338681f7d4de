/**
 * The Multi-Paxos and flexible-quorum scenarios (issue 14), in the order a course meets them:
 * the steady state, a leader's failure and what it leaves behind, then the network and the
 * quorums. The picker lists them as their own group after Basic Paxos's. A file of its own, so
 * that the preset list names them without bundling their files into every page.
 */
export const LOG_PRESET_IDS = [
  'mp-stable-leader',
  'mp-pipelining',
  'mp-leader-fails',
  'mp-hole-noop',
  'mp-dueling-leaders',
  'mp-catch-up',
  'mp-retry-dedup',
  'mp-minority-partition',
  'fp-flexible-quorums',
  'fp-broken-quorums',
] as const;

export type LogPresetId = (typeof LOG_PRESET_IDS)[number];
