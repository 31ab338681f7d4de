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

/** Rule breaks that exist only in Multi-Paxos: its log, its leader's recovery, its replicas. */
export const MULTI_PAXOS_BUGS = [
  'ignore-promised-slots',
  'skip-holes',
  'no-dedup',
  'out-of-order-apply',
] as const;

/** A rule break of Basic Paxos (the lab's switches, links' `bug=`). */
export type Bug = (typeof BUGS)[number];
export type MultiPaxosBug = (typeof MULTI_PAXOS_BUGS)[number];
/** Any rule break of either protocol: what a world's config and a scenario file may name. */
export type RuleBreak = Bug | MultiPaxosBug;

/** Every rule break of both protocols, the basic ones first. */
export const ALL_BUGS: readonly RuleBreak[] = [...BUGS, ...MULTI_PAXOS_BUGS];

/** Whether a name from outside (a link, the lab) is one of Basic Paxos's rule breaks. */
export function isBug(name: unknown): name is Bug {
  return (BUGS as readonly unknown[]).includes(name);
}

/** Whether a name from outside (a file, a flag) is a rule break of either protocol. */
export function isRuleBreak(name: unknown): name is RuleBreak {
  return (ALL_BUGS as readonly unknown[]).includes(name);
}

/** Whether a rule break exists in a protocol (`ignore-promised-values` is Basic Paxos's own). */
export function bugFits(bug: RuleBreak, protocol: Protocol): boolean {
  if (protocol === 'basic') return isBug(bug);
  return bug !== 'ignore-promised-values';
}

/** The rule breaks a world of `protocol` can have, in ALL_BUGS's order. */
export function bugsOf(protocol: Protocol): RuleBreak[] {
  return ALL_BUGS.filter((bug) => bugFits(bug, protocol));
}

/** Basic Paxos decides one value; Multi-Paxos a log of them, slot by slot, under a leader. */
export type Protocol = 'basic' | 'multi-paxos';

export const PROTOCOLS: readonly Protocol[] = ['basic', 'multi-paxos'];

/** Counts of acceptors: phase 1 (promises) and phase 2 (accepts, and so chosen). */
export interface Quorums {
  phase1: number;
  phase2: number;
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
  /** Multi-Paxos: ticks between a leader's heartbeats. */
  heartbeat?: number;
  /** Multi-Paxos: how many slots a leader may have proposed and not yet seen chosen. */
  window?: number;
}

/** Multi-Paxos: ticks a client waits for an answer before sending its request again; 0 never. */
export interface ClientConfig {
  retry: number;
}

export interface WorldConfig {
  nodes: NodeCounts;
  network: NetworkConfig;
  proposer: ProposerConfig;
  bugs: readonly RuleBreak[];
  /** Absent means Basic Paxos, so every world made before Multi-Paxos stays as it was. */
  protocol?: Protocol;
  /** Absent means majorities (or ⌊N/2⌋ under `minority-quorum`). */
  quorums?: Quorums;
  client?: ClientConfig;
}

export function protocolOf(config: WorldConfig): Protocol {
  return config.protocol ?? 'basic';
}

/** The most acceptors a world may have: acceptor sets are 31-bit masks. */
export const ACCEPTORS_MAX = 31;

export function hasBug(config: WorldConfig, bug: RuleBreak): boolean {
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

/**
 * The two quorums a world uses: the ones its config names (flexible quorums), else both the
 * size above. Safety needs every phase 1 quorum to meet every phase 2 quorum: q1 + q2 > N.
 */
export function quorumsOf(config: WorldConfig): Quorums {
  if (config.quorums !== undefined) return { ...config.quorums };
  const size = quorumSize(config);
  return { phase1: size, phase2: size };
}

/** Whether every phase 1 quorum shares an acceptor with every phase 2 quorum. */
export function quorumsOverlap(quorums: Quorums, acceptors: number): boolean {
  return quorums.phase1 + quorums.phase2 > acceptors;
}

/** Multi-Paxos's timing and window when a config leaves them out. */
export const MULTI_PAXOS_DEFAULTS = { heartbeat: 5, window: 5, retry: 20 } as const;
