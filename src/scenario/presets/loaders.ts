import type { PresetId } from './index';

/**
 * Each preset's file as a chunk of its own, for a page that opens one preset and needs no
 * other (the iframe embed). The basic run is bundled with every page, so it has no loader.
 */
export const PRESET_LOADERS: Record<
  Exclude<PresetId, 'basic'>,
  () => Promise<{ default: object }>
> = {
  'acceptor-failure': () => import('./acceptor-failure.json'),
  'learner-failure': () => import('./learner-failure.json'),
  'proposer-failure': () => import('./proposer-failure.json'),
  'dueling-proposers': () => import('./dueling-proposers.json'),
  'two-values': () => import('./two-values.json'),
  'chosen-is-stable': () => import('./chosen-is-stable.json'),
  'split-majority': () => import('./split-majority.json'),
  'highest-ballot': () => import('./highest-ballot.json'),
  'no-quorum': () => import('./no-quorum.json'),
  'minority-partition': () => import('./minority-partition.json'),
  'lossy-network': () => import('./lossy-network.json'),
  'crash-recovery': () => import('./crash-recovery.json'),
  stress: () => import('./stress.json'),
  'mp-stable-leader': () => import('./multi/mp-stable-leader.json'),
  'mp-pipelining': () => import('./multi/mp-pipelining.json'),
  'mp-leader-fails': () => import('./multi/mp-leader-fails.json'),
  'mp-hole-noop': () => import('./multi/mp-hole-noop.json'),
  'mp-dueling-leaders': () => import('./multi/mp-dueling-leaders.json'),
  'mp-catch-up': () => import('./multi/mp-catch-up.json'),
  'mp-retry-dedup': () => import('./multi/mp-retry-dedup.json'),
  'mp-minority-partition': () => import('./multi/mp-minority-partition.json'),
  'fp-flexible-quorums': () => import('./multi/fp-flexible-quorums.json'),
  'fp-broken-quorums': () => import('./multi/fp-broken-quorums.json'),
};
