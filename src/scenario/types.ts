import type { Bug, MessageType, NodeCounts, NodeId, Value } from '../engine';

/**
 * The scenario file, version 1: the public contract shared by presets, links, imports and the
 * CLI (docs/scenario-format.md). This is the normalised form, every default filled in.
 */
export interface Scenario {
  version: 1;
  name: string | null;
  seed: number;
  nodes: NodeCounts;
  network: { delay: [number, number]; drop: number; duplicate: number };
  proposer: { timeout: number; backoff: [number, number] };
  bugs: Bug[];
  /** The last tick of the run; null runs until nothing is in flight and no timer is pending. */
  until: number | null;
  script: ScriptEntry[];
}

export interface DropFilter {
  type?: MessageType;
  from?: NodeId;
  to?: NodeId;
}

export type ScriptEntry =
  | { at: number; request: { client: NodeId; proposer: NodeId; value: Value } }
  | { at: number; crash: NodeId }
  | { at: number; restart: NodeId }
  | { at: number; partition: NodeId[][] }
  | { at: number; heal: true }
  | { at: number; drop: DropFilter; until?: number };

/** Every documented limit of the format, in one place (docs/scenario-format.md lists them). */
export const LIMITS = {
  nodesMax: 9,
  tickMax: 10_000,
  delayMax: 100,
  timeoutMax: 1_000,
  backoffMax: 1_000,
  scriptMax: 1_000,
  valueLengthMax: 64,
  nameLengthMax: 120,
  seedMax: 4_294_967_295,
  fileBytesMax: 1_000_000,
} as const;

/** When a run has no `until`, it still ends here. */
export const UNTIL_DEFAULT_CAP = 1_000;

export const SCRIPT_ACTIONS = ['request', 'crash', 'restart', 'partition', 'heal', 'drop'] as const;
