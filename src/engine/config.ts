/**
 * The parameters a world is created with: sizes, network behaviour, proposer timing and which
 * of Paxos's rules are broken. Sizes and rules never change; network and timing start here and
 * may be changed mid-run by a `configure` input (world.settings holds the current ones).
 */
export const BUGS = [
  'ignore-promised-values',
  'amnesiac-acceptor',
  'minority-quorum',
  'accept-any-ballot',
  'shared-ballots',
] as const;

export type Bug = (typeof BUGS)[number];

/** Whether a name from outside (a file, a link, a flag) is one of the rule breaks. */
export function isBug(name: unknown): name is Bug {
  return (BUGS as readonly unknown[]).includes(name);
}

export interface NodeCounts {
  clients: number;
  proposers: number;
  acceptors: number;
  learners: number;
}

export interface NetworkConfig {
  /** Inclusive range of ticks a message takes, drawn per message. */
  delay: readonly [number, number];
  /** Probability that a message is lost. */
  drop: number;
  /** Probability that a message is delivered twice. */
  duplicate: number;
}

export interface ProposerConfig {
  /** Ticks a proposer waits for a quorum before giving up on a ballot. */
  timeout: number;
  /** Inclusive range of ticks a proposer waits before retrying with a higher ballot. */
  backoff: readonly [number, number];
}

export interface WorldConfig {
  nodes: NodeCounts;
  network: NetworkConfig;
  proposer: ProposerConfig;
  bugs: readonly Bug[];
}

/** The most acceptors a world may have: acceptor sets are 31-bit masks. */
export const ACCEPTORS_MAX = 31;

export function hasBug(config: WorldConfig, bug: Bug): boolean {
  return config.bugs.includes(bug);
}

/**
 * How many acceptors make a quorum: a majority, or ⌊N/2⌋ (at least 1) when the
 * `minority-quorum` rule is broken so that two quorums need not overlap.
 */
export function quorumSize(config: WorldConfig): number {
  const n = config.nodes.acceptors;
  return hasBug(config, 'minority-quorum') ? Math.max(1, Math.floor(n / 2)) : Math.floor(n / 2) + 1;
}
